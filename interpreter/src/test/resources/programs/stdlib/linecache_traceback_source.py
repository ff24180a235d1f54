# the traceback module reads source lines through linecache
import linecache
import traceback


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    for fs in frames:
        print(fs.name, fs.lineno, repr(fs.line))
        print(repr(linecache.getline(__file__, fs.lineno).strip()) == repr(fs.line))
summary = traceback.StackSummary.extract(traceback.walk_stack(None), lookup_lines=False)
print(len(summary) >= 1, summary[0].name)
