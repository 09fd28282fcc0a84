class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
    def __str__(self):
        return f'{self.field}: {self.args[1]}'
raise ValidationError('age', 'must be positive')
