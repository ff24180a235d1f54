def f():
    import os
    import os.path as osp
    from sys import argv, path as p
    return os, osp, argv, p
import collections.abc
collections.abc.Mapping
