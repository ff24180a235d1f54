# input() reads lines from stdin; the prompt goes to stdout; EOFError at the end.
name = input('Name? ')
print('Hello,', name)
age = int(input('Age? '))
print('Next year you will be', age + 1)
numbers = [int(x) for x in input().split()]
print('sum', sum(numbers))
print(repr(input()))
print(repr(input('trailing spaces kept? ')))
import sys
rest = sys.stdin.readline()
print('readline:', repr(rest))
try:
    input('at EOF> ')
except EOFError as e:
    print('EOFError:', repr(e))
