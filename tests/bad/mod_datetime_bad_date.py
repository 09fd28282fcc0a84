from datetime import date
date(2023, 2, 29)
