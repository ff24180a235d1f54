# Uncaught ValueError through method calls; markers on calls and on whole-line statements.


class Parser:
    def parse(self, text):
        return [self.number(part) for part in text.split(',')]

    def number(self, part):
        return int(part)


p = Parser()
print(p.parse('1,2,3'))
print(p.parse('4,five,6'))
