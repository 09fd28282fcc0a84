class Config:
    def __init__(self):
        raise SystemExit('fatal: bad config')
Config()
