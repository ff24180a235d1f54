# shutil: copytree (ignore, dirs_exist_ok), rmtree (errors, onerror), move, which
import os
import shutil

def tree(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in filenames:
            found.append(os.path.join(dirpath, name))
    return sorted(found)

src = 'shutil_tree_src'
os.makedirs(os.path.join(src, 'pkg', 'deep'))
for name in ['a.py', 'a.pyc', 'notes.txt', os.path.join('pkg', 'b.py'),
             os.path.join('pkg', 'deep', 'c.py'), os.path.join('pkg', 'deep', 'c.pyc')]:
    with open(os.path.join(src, name), 'w') as f:
        f.write(name)

print(shutil.copytree(src, 'shutil_tree_dst'))
print(tree('shutil_tree_dst'))
try:
    shutil.copytree(src, 'shutil_tree_dst')
except FileExistsError as e:
    print('FileExistsError', e)
shutil.rmtree('shutil_tree_dst')
print(shutil.copytree(src, 'shutil_tree_dst', ignore=shutil.ignore_patterns('*.pyc', 'n*')))
print(tree('shutil_tree_dst'))
shutil.copytree(src, 'shutil_tree_dst', dirs_exist_ok=True)
print(len(tree('shutil_tree_dst')))

print(shutil.move('shutil_tree_dst', 'shutil_tree_moved'))
print(os.path.exists('shutil_tree_dst'), len(tree('shutil_tree_moved')))
os.mkdir('shutil_tree_box')
print(shutil.move(os.path.join('shutil_tree_moved', 'a.py'), 'shutil_tree_box'))
try:
    shutil.move(os.path.join(src, 'a.py'), 'shutil_tree_box')
except shutil.Error as e:
    print('Error', e)
print(shutil.move(os.path.join(src, 'notes.txt'), os.path.join('shutil_tree_box', 'n.txt')))
print(tree('shutil_tree_box'))

try:
    shutil.rmtree('shutil_tree_nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.rmtree(os.path.join('shutil_tree_box', 'n.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError', e)
shutil.rmtree('shutil_tree_nothing', ignore_errors=True)
calls = []
shutil.rmtree('shutil_tree_nothing', onerror=lambda f, p, e: calls.append((p, e[0].__name__)))
print(calls)
for top in [src, 'shutil_tree_moved', 'shutil_tree_box']:
    shutil.rmtree(top)
print([n for n in os.listdir('.') if n.startswith('shutil_tree_')])

print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
print(shutil.which('sh', path='') , shutil.which('./shutil_trees.py'))
print(shutil.get_terminal_size((33, 7)))
