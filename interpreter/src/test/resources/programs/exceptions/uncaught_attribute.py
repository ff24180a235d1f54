# Uncaught AttributeError with a "Did you mean" suggestion and attribute-access markers.


class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3


def read(cfg):
    return cfg.timeuot * 2


print('reading')
read(Config())
