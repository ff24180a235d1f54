# Uncaught custom exception: module-qualified name for classes outside builtins, str() message.


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return '%s: %s' % (self.field, self.problem)


class Silent(Exception):
    pass


def validate(record):
    if 'name' not in record:
        raise ValidationError('name', 'is required')


try:
    raise Silent()
except Silent as e:
    print('empty message repr:', repr(e), 'str:', repr(str(e)))
validate({'age': 3})
