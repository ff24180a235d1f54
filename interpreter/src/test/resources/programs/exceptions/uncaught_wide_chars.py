# Traceback markers under lines with non-ASCII and wide characters.
données = {'clé': 1}
名前 = 'テスト'
print(名前, données['clé'])
print(données['clé'] + 名前)
