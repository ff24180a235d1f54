STARTED = True
raise RuntimeError('halfway failed during import')
