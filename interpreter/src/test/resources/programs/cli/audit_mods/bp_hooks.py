def stop(*args, **kwargs):
    print('bp_hooks.stop called with', args, kwargs)
