# A small object-oriented program: accounts, transfers, exceptions, sorting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", src.owner, "->", dst.owner, amount)


accounts = [Account("ann", 100), Account("bob", 50), Savings("cy", 1000, 0.1)]
print(transfer(accounts[0], accounts[1], 30))
print(transfer(accounts[1], accounts[0], 500))
print(accounts[2].add_interest())
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(sorted(accounts))
print(max(accounts, key=lambda a: len(a.history)))
print(Account.count, [a.balance for a in accounts])
print([h for a in accounts for h in a.history])
print(isinstance(accounts[2], Account), issubclass(Savings, Account), type(accounts[2]).__name__)
