s = set()
o = set()
o.add(3018)
s.add(-357364811812025638876)
o.add(747)
s = s & (o | set(list(s)[::2]))
s.add(34)
o.add(603883353967805127637)
s ^= o
s.discard(16)
s.add(-436413682318023788721)
s.add(-333506621205916919421)
s.add(32)
s.add(28)
s.discard(1889)
s.discard(-297251957587644107110)
s.discard(541)
s.add(992)
s.discard(2662)
s.discard(-584903730356409104081)
s |= o
s.add(928005046430282271812)
o.add(-1043245314022469302610)
s.add(-322992749298072017982)
s.add(-822941013327260249564)
s -= set(list(o)[:3])
s.add(-642870836136600923381)
s.add(-470675363071260594200)
s.discard(-5)
s.add(1856)
s.add(486780688358864006792)
s.discard(-45)
s.discard(-1029805829995609553450)
s = s & (o | set(list(s)[::2]))
s.add(2699)
s.intersection_update(o, s)
s.add(-124005960349195465925)
o.add(-673224357864635040542)
s.add(675)
s.add(-162862410633743812285)
s.discard(96)
s.update(range(96, 156, 3))
s.add(21)
s.add(-586363153029073382708)
s.add(147395328656052978907)
s.discard(34)
o.add(-35)
s.intersection_update(o, s)
s.add(2915)
s.add(4921)
o.add(219)
s.pop() if s else None
s |= o
s.add(1872)
s.add(-45)
s.add(43111170645637748046)
s = s.copy()
s.discard(-714716996338117669004)
o.add(1054)
s = set(list(s))
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[33] = 0
d[-1] = 8
d.pop(42, None)
d = dict(d)
d.popitem() if d else None
d[25] = 2
d.update({23: 1, 24: 2})
d.update({17: 1, 18: 2})
d[22] = 6
d[0] = 4
d[50] = 2
d.pop(-4, None)
d[36] = 2
d.update({12: 1, 13: 2})
d[-1] = 8
d.popitem() if d else None
d.update({12: 1, 13: 2})
d[-20] = 8
d.pop(31, None)
d.pop(28, None)
d[-7] = 8
d[44] = 2
d[55] = 1
d.setdefault(32, 0)
d[-15] = 7
d.pop(31, None)
d[-4] = 8
d.pop(2, None)
d.pop(34, None)
d[11] = 1
d.pop(30, None)
d.pop(55, None)
d.setdefault(7, 0)
d[19] = 0
d[58] = 6
d[42] = 1
d[8] = 9
d[2] = 8
d[8] = 1
d.update({54: 1, 55: 2})
d = dict(d)
d[-4] = 2
d.pop(-7, None)
d[-13] = 4
d[48] = 4
d.update({-19: 1, -18: 2})
d[54] = 3
d[-9] = 0
d[32] = 1
d[-12] = 1
d[-1] = 7
d[40] = 2
d.pop(47, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = set(list(s))
s = s.symmetric_difference(o)
s.add(2649)
o.add(201)
s.update(range(1824, 1884, 3))
s.discard(-312599923693000846418)
s.add(1824)
s ^= o
s.add(1664)
s.add(1097377901033870897064)
s.add(3953)
s.add(3753)
s.add(1280)
s ^= o
s.add(1184)
s.intersection_update(o, s)
s.add(24)
s = s.copy()
s.add(-592679667879157179860)
s.discard(352)
s.add(-24)
s ^= o
s ^= o
s.add(-133400606545596639622)
s.add(-838994709190906184227)
s.add(2658)
s.pop() if s else None
s.update(range(1824, 1884, 3))
o.add(2473)
s.add(1120)
s.add(-673607768300889596605)
s.difference_update(range(4471, 4511))
o.add(1)
s.intersection_update(o, s)
s.discard(4966)
o.add(-1068576749017103125359)
s.discard(576955760758451409883)
s.add(384)
s |= o
s.add(-8)
s.intersection_update(o, s)
s -= set(list(o)[:3])
s.pop() if s else None
s.add(14)
s = s.union(o, [690])
s.add(-27)
s |= o
s.add(-28333844322039897580)
s ^= o
s = s & (o | set(list(s)[::2]))
s -= set(list(o)[:3])
s -= set(list(o)[:3])
s.add(992)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[25] = 0
d[56] = 5
d.update({-11: 1, -10: 2})
d.pop(-17, None)
d[42] = 1
d[18] = 9
d[48] = 4
d[-4] = 8
d[-1] = 1
d.update({-11: 1, -10: 2})
d.update({-18: 1, -17: 2})
d.update({52: 1, 53: 2})
d[-14] = 1
d.popitem() if d else None
d[56] = 5
d = dict(d)
d[17] = 6
d[19] = 7
d[12] = 7
d[-9] = 6
d.pop(23, None)
d[29] = 0
d[12] = 9
d[12] = 0
d[35] = 6
d[-15] = 5
d.pop(42, None)
d = dict(d)
d[14] = 9
d[60] = 4
d[60] = 6
d.pop(-12, None)
d.update({23: 1, 24: 2})
d.update({52: 1, 53: 2})
d.setdefault(44, 0)
d = dict(d)
d.update({30: 1, 31: 2})
d.update({-12: 1, -11: 2})
d[-4] = 5
d[51] = 1
d.update({13: 1, 14: 2})
d.update({34: 1, 35: 2})
d.popitem() if d else None
d.pop(-14, None)
d.update({16: 1, 17: 2})
d[1] = 3
d.update({50: 1, 51: 2})
d[22] = 8
d.setdefault(27, 0)
d[50] = 8
d[-15] = 0
d.update({-15: 1, -14: 2})
d[15] = 6
d.popitem() if d else None
d.update({-9: 1, -8: 2})
d[6] = 3
d[-15] = 8
d.update({-1: 1, 0: 2})
d[34] = 8
d[-14] = 3
d[55] = 9
d.pop(16, None)
d[-19] = 2
d.update({-14: 1, -13: 2})
d[56] = 1
d[-14] = 6
d[13] = 5
d[-13] = 3
d.setdefault(-5, 0)
d.update({29: 1, 30: 2})
d.setdefault(33, 0)
d.update({1: 1, 2: 2})
d.update({52: 1, 53: 2})
d.update({55: 1, 56: 2})
d.pop(-18, None)
d[59] = 5
d.update({52: 1, 53: 2})
d[-14] = 7
d.update({17: 1, 18: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.intersection_update(o, s)
s.add(-4)
s.pop() if s else None
s.add(1979)
s.add(39)
s -= set(list(o)[:3])
s.discard(614)
s ^= o
s.discard(1248)
s.intersection_update(o, s)
s = s & (o | set(list(s)[::2]))
s -= set(list(o)[:3])
s = s.symmetric_difference(o)
s -= set(list(o)[:3])
s = s & (o | set(list(s)[::2]))
s |= o
s.add(800)
s.discard(-18)
s.add(1444)
s = s.union(o, [-494652049931648720881])
s.add(28)
s.pop() if s else None
s = s.symmetric_difference(o)
s.add(320)
s.add(1600)
s.difference_update(range(4311, 4351))
s.discard(771174099745214656459)
s.discard(2245)
s.add(-17)
s.add(32)
s.discard(-49)
s.add(1879)
s.difference_update(range(11, 51))
s.add(1043)
o.add(2016)
s.pop() if s else None
s.add(-654467781647865655769)
s.difference_update(range(6, 46))
o.add(3486)
s |= o
s.add(350438400756322729640)
s.add(1760)
s.add(931906969541911426731)
s.add(-36)
s = set(list(s))
s.discard(696)
s.discard(1184)
o.add(1130109527581676376105)
s.discard(-1145178145323524775959)
s.discard(1088)
o.add(1280)
s = s.union(o, [512])
s.add(672)
s.add(-975787153335312280476)
o.add(-10)
s.add(3477)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[58] = 0
d[42] = 1
d.pop(30, None)
d.update({16: 1, 17: 2})
d[-13] = 7
d[44] = 1
d.pop(25, None)
d.pop(39, None)
d.pop(10, None)
d.pop(-1, None)
d.pop(40, None)
d.update({60: 1, 61: 2})
d[52] = 0
d[-1] = 7
d[-20] = 2
d = dict(d)
d[48] = 1
d.update({-3: 1, -2: 2})
d[52] = 1
d[-11] = 4
d[-14] = 0
d.setdefault(-7, 0)
d[34] = 0
d = dict(d)
d.popitem() if d else None
d.setdefault(16, 0)
d[3] = 3
d.update({17: 1, 18: 2})
d.update({55: 1, 56: 2})
d[15] = 3
d = dict(d)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1028837704583780832166)
s.update(range(300943623076774312392, 300943623076774312452, 3))
o.add(-9)
o.add(2488)
s.discard(1152)
o.add(-50)
s.discard(1440)
s.add(-43)
s = set(list(s))
s.add(42)
s |= o
s.intersection_update(o, s)
s.add(-667539399292740516891)
s = s.symmetric_difference(o)
s = s.union(o, [2811])
o.add(16)
s.add(-166922751757474106316)
s |= o
s.discard(3370)
s.add(-27)
s.add(383)
s.discard(1920)
s.discard(219687711385743941642)
s.add(896)
s.discard(1504)
s.pop() if s else None
s.add(-256178146799732565763)
s.add(3444)
o.add(896)
s -= set(list(o)[:3])
s.add(39)
s.add(840)
s.discard(672)
o.add(1058402957691985930716)
s.add(34)
s.add(999767765199643501911)
s.pop() if s else None
s.add(1856)
s.discard(1600)
s = s.symmetric_difference(o)
s.add(1108666507313335541715)
s = set(list(s))
s.discard(-17)
s.add(-1043363180056261909853)
s.intersection_update(o, s)
s = s.union(o, [-4])
s.update(range(2703, 2763, 3))
s.add(1280)
s.intersection_update(o, s)
o.add(4)
s.add(45)
s.add(-630945083508731247122)
s = set(list(s))
s.add(-868126779564700865196)
s.add(564)
s.add(19)
s.add(44)
s.discard(480)
s.add(803)
s.add(342)
s.intersection_update(o, s)
s.add(48)
o.add(4728)
s.discard(1632)
s.discard(-859975218833600521282)
s.difference_update(range(35, 75))
s.add(1344)
s.pop() if s else None
o.add(1677)
s.add(665364852993048478974)
s.add(-917119292826160377004)
s.add(47)
s.discard(1313)
s.add(800)
s.difference_update(range(736, 776))
s.add(0)
s.discard(42)
s.add(-993108557200958168743)
s.add(286770173749294134464)
o.add(427162713554803286842)
s.intersection_update(o, s)
s.pop() if s else None
s.add(9)
s.add(538697891734518038247)
s ^= o
s.add(1184)
s.add(2880)
s.discard(-42)
s.add(-910901228268097280462)
s.add(626557365465257287444)
s.discard(3440)
s.add(4496)
s.intersection_update(o, s)
o.add(4102)
s.pop() if s else None
s.add(22)
s.add(2614)
s.add(-22)
s ^= o
s.discard(3920)
s.update(range(-32, 28, 3))
s ^= o
s.add(-670283532956333871433)
s.add(174116478725284837771)
s = s.copy()
s.add(3514)
s.discard(1120)
o.add(1184)
s.intersection_update(o, s)
s = s & (o | set(list(s)[::2]))
s.intersection_update(o, s)
s.pop() if s else None
s.add(46)
s.intersection_update(o, s)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({-12: 1, -11: 2})
d[-4] = 0
d[44] = 1
d.update({39: 1, 40: 2})
d = dict(d)
d[4] = 5
d[13] = 8
d[58] = 5
d.setdefault(43, 0)
d[3] = 7
d[58] = 0
d.pop(39, None)
d.pop(32, None)
d[-1] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s ^= o
s.add(2765)
s.add(1339)
s.pop() if s else None
s = set(list(s))
o.add(-686258203413186111469)
s.discard(4308)
s = set(list(s))
s.discard(43)
s.add(1696)
s ^= o
s.intersection_update(o, s)
s.difference_update(range(3652, 3692))
o.add(-304111610361007405253)
s = s.union(o, [1440])
s.pop() if s else None
s.add(1238)
s = s.symmetric_difference(o)
s.add(38)
s.add(-571122036485720176209)
s.discard(2277)
s.intersection_update(o, s)
s.add(23)
s.add(-179374792557853890607)
s.add(0)
s = s & (o | set(list(s)[::2]))
o.add(4357)
s.add(241878694277104308736)
s = s & (o | set(list(s)[::2]))
s.add(1664)
s.add(2064)
s.add(576)
s.add(32)
o.add(1472)
s.add(-38)
s = s.symmetric_difference(o)
s.add(4763)
s.add(-24)
s.add(455786507503327256735)
s.add(3995)
s.discard(-31)
o.add(1664)
o.add(1696)
s = s.symmetric_difference(o)
s.add(4770)
o.add(-828529300379356516249)
s.discard(-245396965389400115510)
s.add(289272853765314123018)
o.add(1312)
s.add(1504)
s = s.copy()
s.add(1568)
s.add(478052272379870719905)
s.discard(2098)
s.discard(4459)
s = s.symmetric_difference(o)
s = s.copy()
o.add(928)
s.add(4246)
s.add(4624)
s.add(23)
s.update(range(201052059353781073633, 201052059353781073693, 3))
s.add(96)
s.add(1086293310324127631007)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(40, None)
d[30] = 6
d[19] = 1
d.pop(21, None)
d[55] = 9
d.update({-14: 1, -13: 2})
d[21] = 4
d[42] = 1
d[5] = 2
d[55] = 2
d = dict(d)
d[42] = 8
d.update({55: 1, 56: 2})
d.update({26: 1, 27: 2})
d.update({55: 1, 56: 2})
d[32] = 1
d.pop(-6, None)
d.pop(-17, None)
d[1] = 6
d[-16] = 3
d[-9] = 2
d.pop(-20, None)
d[-1] = 6
d[4] = 6
d.setdefault(49, 0)
d[34] = 9
d[36] = 5
d[44] = 3
d[0] = 0
d[47] = 7
d.pop(-11, None)
d[-17] = 4
d[53] = 2
d.update({-11: 1, -10: 2})
d[54] = 7
d[0] = 4
d[55] = 9
d.pop(31, None)
d[30] = 5
d[15] = 4
d[30] = 9
d.pop(52, None)
d[41] = 9
d[48] = 0
d[60] = 9
d[46] = 0
d[46] = 5
d = dict(d)
d.update({47: 1, 48: 2})
d.pop(43, None)
d.update({15: 1, 16: 2})
d[42] = 4
d[-2] = 0
d[48] = 8
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(867382851392971955429)
s.add(2288)
s.add(0)
s.update(range(180531441168262925019, 180531441168262925079, 3))
s.add(454781165893181194199)
o.add(1696)
s.update(range(-430799566062011474488, -430799566062011474428, 3))
s.add(1664)
s.add(2652)
s -= set(list(o)[:3])
s.discard(-543218005451917855345)
s ^= o
s.difference_update(range(658, 698))
s.discard(89)
s ^= o
s ^= o
s.add(160)
s.add(768)
s.pop() if s else None
s.add(3916)
s.add(-32)
s.add(1344)
s.add(-12)
s = set(list(s))
s.add(-925214513321753821895)
s.add(256)
o.add(404546359736959369683)
s.add(1888)
s.discard(4840)
s.add(3282)
s.pop() if s else None
s.discard(872)
s |= o
s = s.union(o, [-851446526907870466335])
s.discard(745)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[58] = 6
d[-5] = 8
d[38] = 4
d[-18] = 1
d[39] = 0
d[55] = 5
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.discard(64)
s.add(-33)
o.add(544)
s = set(list(s))
s.add(462209800455464226040)
s.add(3208)
o.add(288)
s.add(349807392835864003276)
s.discard(736)
s = set(list(s))
s.add(-1100733355277688046253)
s.add(-5)
s.intersection_update(o, s)
s.add(502393937730898330576)
s.pop() if s else None
o.add(-887389133171099501349)
s.update(range(-473062627363192407073, -473062627363192407013, 3))
s.discard(2526)
s.discard(2352)
s = s.union(o, [-21])
s.discard(1376)
s = s & (o | set(list(s)[::2]))
s.add(1225113413190873483)
s.add(2844)
s.add(-794438483490170206797)
s.pop() if s else None
s.add(352)
s = s & (o | set(list(s)[::2]))
s.pop() if s else None
s |= o
s.discard(800)
s.pop() if s else None
s.pop() if s else None
s |= o
s.add(1472)
s.intersection_update(o, s)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(13, None)
d.update({8: 1, 9: 2})
d[49] = 9
d[-20] = 2
d[9] = 7
d[-5] = 6
d.pop(1, None)
d[5] = 9
d.pop(0, None)
d.update({-6: 1, -5: 2})
d.pop(43, None)
d[-1] = 5
d.popitem() if d else None
d.update({15: 1, 16: 2})
d[4] = 9
d[21] = 6
d[16] = 4
d.popitem() if d else None
d[2] = 8
d.popitem() if d else None
d[-9] = 6
d.pop(-9, None)
d[-17] = 8
d = dict(d)
d.setdefault(1, 0)
d.update({46: 1, 47: 2})
d = dict(d)
d[42] = 7
d.pop(48, None)
d.pop(32, None)
d[31] = 0
d = dict(d)
d[1] = 0
d.setdefault(-8, 0)
d.pop(23, None)
d[58] = 2
d[-20] = 5
d.pop(51, None)
d.setdefault(-19, 0)
d.pop(-16, None)
d[-7] = 5
d[15] = 8
d[33] = 3
d[23] = 1
d.pop(5, None)
d[9] = 7
d.pop(25, None)
d[6] = 9
d[22] = 5
d.setdefault(47, 0)
d[-16] = 7
d.update({40: 1, 41: 2})
d[34] = 0
d[40] = 3
d.update({-10: 1, -9: 2})
d[29] = 4
d.update({39: 1, 40: 2})
d[10] = 2
d[17] = 1
d.pop(57, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.pop() if s else None
s.add(-11)
s |= o
s.add(-23)
s.difference_update(range(23, 63))
o.add(17)
s.add(41)
s.discard(778207002047973611541)
s = s.symmetric_difference(o)
s.discard(1150893322013396695201)
s.intersection_update(o, s)
s.discard(143368348559201259660)
s ^= o
s |= o
s.add(4)
s.add(960)
s.difference_update(range(1280, 1320))
s.add(864)
o.add(4718)
s = s & (o | set(list(s)[::2]))
s.add(1240)
s = s.union(o, [416])
s.add(-23)
s.add(2376)
s.discard(1017351017322361129039)
s.discard(-504020060817937040083)
s |= o
s = s & (o | set(list(s)[::2]))
s.add(-29)
s.add(352)
s.add(4510)
o.add(384)
s.add(-32)
s.add(-1169833968387372745580)
o.add(768)
s |= o
s.add(416)
s.discard(4421)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(5, None)
d[2] = 9
d[1] = 7
d[59] = 7
d.update({26: 1, 27: 2})
d[-10] = 3
d.update({46: 1, 47: 2})
d.pop(51, None)
d.pop(22, None)
d[7] = 3
d[51] = 9
d.popitem() if d else None
d[57] = 2
d.pop(53, None)
d.update({38: 1, 39: 2})
d[51] = 7
d[59] = 3
d[11] = 5
d.update({-4: 1, -3: 2})
d.setdefault(53, 0)
d[-4] = 8
d[35] = 7
d[4] = 6
d.pop(21, None)
d[16] = 3
d.popitem() if d else None
d.update({39: 1, 40: 2})
d[53] = 6
d.setdefault(22, 0)
d.update({48: 1, 49: 2})
d.pop(41, None)
d = dict(d)
d.pop(11, None)
d.update({57: 1, 58: 2})
d[19] = 2
d.setdefault(-14, 0)
d.setdefault(14, 0)
d[4] = 5
d.pop(56, None)
d.pop(-9, None)
d.update({-12: 1, -11: 2})
d.setdefault(-4, 0)
d.update({32: 1, 33: 2})
d.update({1: 1, 2: 2})
d.popitem() if d else None
d.update({54: 1, 55: 2})
d[22] = 4
d[17] = 7
d.setdefault(34, 0)
d.pop(49, None)
d.pop(-19, None)
d[42] = 3
d[23] = 1
d.setdefault(56, 0)
d[2] = 2
d[4] = 2
d[0] = 6
d.pop(18, None)
d.pop(16, None)
d[24] = 0
d = dict(d)
d[-4] = 7
d.update({35: 1, 36: 2})
d[33] = 3
d[4] = 5
d[50] = 2
d[49] = 1
d.pop(41, None)
d.update({47: 1, 48: 2})
d.update({6: 1, 7: 2})
d[0] = 2
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(46)
s.add(704)
s.add(1050)
s.add(1536)
s.add(-41)
s.discard(1441)
s.add(1664)
s.add(-779850816098837729792)
s |= o
s.discard(864)
s.discard(1694)
s.add(448)
s |= o
s ^= o
s = s.copy()
s.add(2745)
s.add(1312)
s.discard(-48)
s.add(425)
s.add(1568)
s.add(992)
s.discard(1312)
s.pop() if s else None
s = s.union(o, [41])
s.add(-49)
s = set(list(s))
s = s & (o | set(list(s)[::2]))
o.add(1408)
s.add(-608631196392351375157)
s.add(1145317494713982776117)
s.add(2097)
s |= o
s.add(1760)
s = s & (o | set(list(s)[::2]))
s = s.copy()
s.pop() if s else None
s.add(928)
s.pop() if s else None
s.add(-956631833141366689779)
s = s & (o | set(list(s)[::2]))
s.discard(719)
s.update(range(4934, 4994, 3))
s.intersection_update(o, s)
s.add(38)
s.add(-207420477120268599078)
s.pop() if s else None
s.intersection_update(o, s)
o.add(1538)
s.add(907)
s.discard(585234734661017199145)
s.pop() if s else None
s.add(41)
o.add(-29)
s.add(-18)
s.discard(1376)
s.intersection_update(o, s)
s.add(-154260894645309813968)
s.intersection_update(o, s)
s.discard(128)
s.update(range(3605, 3665, 3))
s.pop() if s else None
s.discard(4470)
s.add(-47)
s.pop() if s else None
s.add(794298898885654359430)
s.pop() if s else None
o.add(2517)
s.add(13)
s.add(640453000501255524107)
o.add(1760)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[49] = 0
d[27] = 4
d.pop(-8, None)
d.pop(3, None)
d[-20] = 4
d[26] = 0
d[-6] = 4
d[-8] = 0
d.update({41: 1, 42: 2})
d[44] = 5
d[41] = 8
d[-15] = 4
d[13] = 9
d.pop(-18, None)
d.update({-17: 1, -16: 2})
d[-9] = 5
d[-14] = 5
d[60] = 6
d[-15] = 2
d[57] = 9
d.setdefault(47, 0)
d.popitem() if d else None
d[-20] = 7
d[50] = 1
d = dict(d)
d[23] = 3
d[44] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.union(o, [-408127942766048111228])
s.discard(44)
s.add(-1019990854836085631085)
s.add(2016)
s.discard(22)
s.discard(1920)
s = s.symmetric_difference(o)
s.intersection_update(o, s)
s.difference_update(range(4475, 4515))
s.add(2292)
s -= set(list(o)[:3])
s.difference_update(range(-22, 18))
s = set(list(s))
s.intersection_update(o, s)
o.add(-26)
s = s.copy()
s.add(1498)
s.add(797)
o.add(744)
s = s.union(o, [-338074713753105317973])
o.add(1984)
s = s.copy()
s.add(-1146039916926284201780)
s.pop() if s else None
s ^= o
o.add(1632)
s.add(2261)
s.add(38)
s.discard(1621)
s.add(3380)
o.add(2016)
s.add(81934335234517715909)
s = s.symmetric_difference(o)
s.add(-152294344848628447545)
s.add(173643217411638017386)
s = s.copy()
s.pop() if s else None
s = s & (o | set(list(s)[::2]))
s = set(list(s))
s.add(-136864429793320996652)
s.add(825100095547400410897)
s.add(-133946551832106513223)
o.add(4330)
s.add(-1032761641556641719316)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({33: 1, 34: 2})
d[-13] = 1
d.popitem() if d else None
d.pop(39, None)
d.pop(5, None)
d.pop(2, None)
d.pop(14, None)
d[26] = 8
d[-4] = 2
d[-4] = 0
d[56] = 6
d.pop(55, None)
d[7] = 4
d[2] = 9
d.update({16: 1, 17: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s |= o
s.discard(4)
s.discard(384)
o.add(-1031857311230476695944)
s.add(1728)
s.add(2016)
s.discard(857366420136810328616)
s.discard(3264)
o.add(3109)
s.add(2815)
s.discard(-43)
o.add(23)
s.add(-19)
s.add(800)
s.difference_update(range(14, 54))
s.discard(1920)
s = s.union(o, [107])
s.add(-30)
o.add(341758813611322264139)
s.add(-1035996928613430404930)
s.pop() if s else None
s.add(23)
s.add(-4)
s.add(4785)
s.add(-41)
s.add(3506)
s.discard(-45)
s.add(-72725139997461206489)
s.add(-26)
o.add(-827317822981846283632)
s.discard(1216)
s.add(570367975397485262514)
o.add(5)
s = s.symmetric_difference(o)
s.add(1760)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d = dict(d)
d[13] = 5
d.update({31: 1, 32: 2})
d.pop(19, None)
d[14] = 2
d.setdefault(24, 0)
d[7] = 6
d.pop(-2, None)
d.pop(27, None)
d[28] = 6
d[2] = 1
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(358109955963650877225)
s = s.symmetric_difference(o)
s -= set(list(o)[:3])
o.add(-569804332369516719968)
o.add(64)
s.add(235672555647336839683)
s.add(-684992481925084625913)
o.add(4767)
s = s & (o | set(list(s)[::2]))
o.add(3369)
s.pop() if s else None
s.intersection_update(o, s)
s.add(-1132641636277867166266)
s.update(range(-146287970162482969156, -146287970162482969096, 3))
s.discard(-943653933311515948247)
s.pop() if s else None
s.intersection_update(o, s)
o.add(274889805073986348117)
o.add(2131)
s.add(1856)
s.intersection_update(o, s)
o.add(-19)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.setdefault(51, 0)
d[6] = 3
d[40] = 8
d[6] = 2
d[-16] = 4
d.update({43: 1, 44: 2})
d[56] = 2
d.update({5: 1, 6: 2})
d[33] = 0
d[-17] = 2
d[16] = 4
d.popitem() if d else None
d[23] = 8
d[-6] = 3
d[-8] = 8
d[39] = 8
d.pop(51, None)
d[25] = 1
d[28] = 6
d.setdefault(47, 0)
d[60] = 4
d[11] = 8
d.pop(50, None)
d = dict(d)
d.popitem() if d else None
d[51] = 9
d[29] = 5
d[42] = 2
d.pop(44, None)
d[-8] = 1
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(0)
s.add(24)
s -= set(list(o)[:3])
s.add(2016)
s.discard(192)
s.pop() if s else None
s = s & (o | set(list(s)[::2]))
s = s.symmetric_difference(o)
s.difference_update(range(1984, 2024))
s.add(28)
s.add(1693)
s.update(range(5, 65, 3))
o.add(736)
s.difference_update(range(33, 73))
s = s.copy()
s.add(3265)
s = s.symmetric_difference(o)
s.add(1184)
s.add(3975)
s.discard(1792)
s |= o
o.add(-28)
s = s.union(o, [2856])
s.discard(-895295028466397029492)
s.add(0)
o.add(64)
s = s.symmetric_difference(o)
s.discard(32)
s.discard(28)
s.add(1440)
s.discard(952)
s.add(3573)
s.discard(0)
s.add(-8)
s.discard(-1036014520052399877515)
s.add(3696)
o.add(83)
s.add(-15)
s.add(-35)
s |= o
s.pop() if s else None
s.add(1184)
o.add(96)
s.discard(192)
s.discard(-1002217255514955695166)
s.add(96)
s.discard(224)
s.add(4829)
s |= o
s.add(-511549256596983677975)
s.discard(736)
o.add(-783215275201155927467)
s.discard(1003482843917502339750)
s.add(39)
s.add(-976355167565298834081)
s.add(-6085027586238475922)
s.add(2162)
s.discard(96)
s.add(-772637575762408320735)
s.pop() if s else None
s.discard(-722736250262364732087)
s.add(-2)
o.add(512)
s = s.union(o, [26])
o.add(34)
s.discard(1856)
s.discard(25)
s.discard(-3)
s.add(32)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(52, None)
d[30] = 5
d.pop(-5, None)
d[2] = 3
d.update({27: 1, 28: 2})
d[-19] = 4
d[4] = 3
d[41] = 5
d.popitem() if d else None
d[18] = 1
d.update({-1: 1, 0: 2})
d[-5] = 4
d[45] = 9
d.pop(-11, None)
d[35] = 7
d[23] = 3
d[57] = 1
d.update({22: 1, 23: 2})
d.pop(57, None)
d[15] = 3
d[45] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s ^= o
s.add(-117031327291010384063)
o.add(-246584435382908542880)
s.discard(47)
s = s.symmetric_difference(o)
s.discard(672)
s = s.symmetric_difference(o)
s.add(4647)
s.add(3904)
o.add(-257084050035736374752)
s.add(3133)
o.add(268198281177345975445)
s.discard(672)
s = s.union(o, [352])
s.add(45)
s.discard(2201)
s.add(0)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[53] = 0
d[34] = 1
d[29] = 5
d[41] = 7
d.pop(37, None)
d.pop(-20, None)
d[33] = 2
d[-7] = 1
d[35] = 5
d.popitem() if d else None
d.update({16: 1, 17: 2})
d[-17] = 0
d[50] = 8
d.update({32: 1, 33: 2})
d[29] = 6
d[28] = 3
d.pop(-16, None)
d.pop(5, None)
d.pop(-5, None)
d.pop(46, None)
d[-15] = 2
d[43] = 3
d[53] = 6
d.update({8: 1, 9: 2})
d.popitem() if d else None
d[-8] = 1
d[-20] = 1
d[4] = 1
d[14] = 4
d[15] = 2
d.popitem() if d else None
d.update({23: 1, 24: 2})
d.update({31: 1, 32: 2})
d.pop(-20, None)
d = dict(d)
d.pop(-13, None)
d[-19] = 8
d.pop(-14, None)
d.update({13: 1, 14: 2})
d.update({6: 1, 7: 2})
d[27] = 8
d.pop(-13, None)
d[32] = 6
d.pop(-20, None)
d.pop(41, None)
d.popitem() if d else None
d[-10] = 0
d[37] = 6
d.pop(46, None)
d.pop(10, None)
d[38] = 5
d.pop(34, None)
d[55] = 0
d[-7] = 1
d[-20] = 4
d.setdefault(57, 0)
d.update({31: 1, 32: 2})
d.pop(-14, None)
d[33] = 0
d.pop(48, None)
d[-4] = 3
d = dict(d)
d[22] = 1
d[18] = 8
d.pop(4, None)
d[58] = 2
d.update({40: 1, 41: 2})
d[40] = 4
d = dict(d)
d = dict(d)
d[30] = 7
d.update({-16: 1, -15: 2})
d.setdefault(-9, 0)
d[30] = 5
d.pop(59, None)
d = dict(d)
d.popitem() if d else None
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(217673370709104089192)
s.add(544)
s.intersection_update(o, s)
s.add(-43)
s.add(2334)
s.add(920399867973738637509)
s = s.symmetric_difference(o)
s.discard(76986932204560857116)
s.add(-569565660212700337949)
s.add(544477903927974290738)
s ^= o
s.add(15)
s.discard(0)
s.discard(1204)
s.add(940)
s.add(875)
s.add(-39)
s.add(320)
o.add(1376)
s.add(110)
s.add(3862)
s.add(127474590636536522217)
s.add(540)
s.add(-705014340465102294201)
s.update(range(11, 71, 3))
s.discard(2882)
s ^= o
s.discard(-32)
s.discard(832)
s -= set(list(o)[:3])
s.add(1216)
s.add(-426267035902192649855)
s.add(-1100046982107985944085)
s = s.union(o, [4985])
o.add(4863)
o.add(40)
o.add(512)
s.discard(14)
s.add(2437)
s.add(23)
s.add(-712971036676909137136)
s.add(1718)
s.add(-23)
o.add(576)
s |= o
s.add(304100043074881481860)
s.discard(288)
s.add(1184)
s.pop() if s else None
s.add(3042)
s.add(256)
s.add(1792)
s = s & (o | set(list(s)[::2]))
s.discard(42)
s = s.union(o, [9])
s.pop() if s else None
s = s.symmetric_difference(o)
s |= o
s ^= o
s.pop() if s else None
s.add(13)
s.add(1408)
s.add(128)
s.add(-179103238433147795841)
s.discard(560678080489407665469)
s = s.copy()
s.discard(4139)
s.pop() if s else None
s.add(-131568431563664558846)
s ^= o
s -= set(list(o)[:3])
s.add(12)
s.pop() if s else None
s = s.symmetric_difference(o)
s.discard(4853)
s = set(list(s))
s.add(141)
s.discard(4790)
s.discard(576)
s ^= o
s |= o
s.add(21)
o.add(4907)
s.pop() if s else None
s.add(1152)
s.add(-35)
s.add(35)
s |= o
s ^= o
s.add(1244)
s.add(-881766240815720837146)
s |= o
s.discard(-28)
s.add(1760)
s = s & (o | set(list(s)[::2]))
o.add(34)
o.add(1728)
o.add(576)
s = s.symmetric_difference(o)
s = s.symmetric_difference(o)
s.add(2298)
s.add(11)
s.discard(864)
s.add(1344)
s.add(1058501829612425961669)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(-2, None)
d = dict(d)
d.pop(19, None)
d[40] = 3
d[-9] = 6
d[17] = 5
d[-14] = 8
d.pop(1, None)
d[59] = 9
d[-6] = 2
d[26] = 9
d[43] = 7
d = dict(d)
d[32] = 1
d.update({27: 1, 28: 2})
d.pop(-13, None)
d = dict(d)
d[30] = 3
d.update({24: 1, 25: 2})
d.update({54: 1, 55: 2})
d.update({52: 1, 53: 2})
d.pop(4, None)
d.popitem() if d else None
d[59] = 2
d[-1] = 0
d.update({33: 1, 34: 2})
d[12] = 6
d[56] = 8
d.update({36: 1, 37: 2})
d[32] = 2
d[51] = 7
d.update({-6: 1, -5: 2})
d.popitem() if d else None
d.update({9: 1, 10: 2})
d[8] = 6
d[8] = 5
d.popitem() if d else None
d[35] = 7
d.pop(-14, None)
d[50] = 6
d[4] = 0
d[37] = 3
d = dict(d)
d.setdefault(-18, 0)
d.setdefault(55, 0)
d[40] = 3
d.update({57: 1, 58: 2})
d[44] = 7
d[17] = 5
d[-18] = 8
d[-2] = 1
d[47] = 1
d[31] = 8
d[29] = 8
d.pop(-11, None)
d[7] = 7
d = dict(d)
d.pop(-16, None)
d.pop(-14, None)
d.update({-5: 1, -4: 2})
d[1] = 3
d.pop(-14, None)
d.pop(58, None)
d[56] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.discard(-13)
s.discard(-808987770064203182887)
s.add(576)
s.intersection_update(o, s)
s.add(10)
o.add(736)
s.discard(-42)
s ^= o
o.add(-49)
s.add(39)
s.add(-24)
s |= o
s = s.symmetric_difference(o)
s.add(3240)
s.add(409187504677628675014)
s.add(-19)
s.add(48)
s.discard(1897)
s.add(704)
s.discard(1179)
s.add(34)
s.add(544)
s.add(111004868482797323077)
s.intersection_update(o, s)
s.add(941)
s.add(3889)
s.discard(568352675385548378692)
s.discard(1344)
s.add(1152)
s.discard(2656)
s.add(992)
s.add(-44)
o.add(32)
s.add(630746151156674772496)
s.add(-48)
s.add(1344)
s.add(31)
s.discard(635181251741135483496)
s.add(4555)
s.add(1393)
s.pop() if s else None
s.discard(-957194133925347269240)
s = set(list(s))
s ^= o
s.add(429532992081274081702)
o.add(4942)
s.add(-135724039271652684563)
s.add(-39)
s.discard(1159)
s = set(list(s))
s |= o
o.add(2883)
s ^= o
s -= set(list(o)[:3])
s.add(448)
o.add(2016)
s.add(4547)
s |= o
s.add(-1035182806164057421263)
s.discard(-543019109476652854406)
s.update(range(-28, 32, 3))
s.add(10)
s -= set(list(o)[:3])
s.add(817281279331305444273)
s.add(-49)
s.add(734887254533667448053)
s.discard(-597305958855669111281)
s.add(3295)
s.add(3997)
s.add(-28)
s ^= o
s.add(950294016358137732993)
s |= o
s.add(-1)
s.discard(4481)
s.add(448)
s.add(2048)
s.pop() if s else None
s.discard(512)
s.add(1872)
s = set(list(s))
o.add(64)
s = s.symmetric_difference(o)
o.add(1472)
s.add(-42)
s.add(576)
s = s.copy()
s.discard(41)
s.intersection_update(o, s)
s.add(73820205478919839261)
s.add(-816918651295391065343)
s.discard(710658971472357131165)
o.add(1165)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({-10: 1, -9: 2})
d[-15] = 1
d.update({38: 1, 39: 2})
d.pop(2, None)
d.pop(16, None)
d[57] = 7
d[-5] = 4
d[21] = 4
d[8] = 4
d[-16] = 0
d.update({13: 1, 14: 2})
d.setdefault(32, 0)
d.pop(8, None)
d[54] = 6
d.setdefault(17, 0)
d.popitem() if d else None
d[4] = 2
d[54] = 7
d.update({52: 1, 53: 2})
d[29] = 8
d[37] = 4
d[6] = 2
d[9] = 7
d.setdefault(17, 0)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(0)
s.discard(-465891901470660749707)
s = s.copy()
s = s.symmetric_difference(o)
s.intersection_update(o, s)
s.add(779635874537454644843)
s.add(1904)
s.add(-144559752773512948752)
o.add(-789768508264796020329)
s.add(160)
s.add(-627422036332490447349)
s ^= o
s.intersection_update(o, s)
s -= set(list(o)[:3])
s.discard(2919)
o.add(-180334662499172266493)
o.add(992)
s.add(-4)
s.add(1376)
s.add(-469368819872855832089)
s.discard(765594466452589401807)
s.difference_update(range(3469, 3509))
s.difference_update(range(-45, -5))
s |= o
s.add(2085)
s.intersection_update(o, s)
s.add(-613718618053963028015)
o.add(2273)
s.add(-554486969959033697071)
s.discard(8)
o.add(374454840404762730952)
s = s.copy()
s = s.symmetric_difference(o)
s.add(-275579440465756359308)
s.add(1088)
s.add(-1003872375630560029789)
s.add(136425174750136786720)
s.add(3503)
s.discard(256)
o.add(515349353328963617205)
s.intersection_update(o, s)
s.intersection_update(o, s)
s.pop() if s else None
o.add(1248)
s.add(-665077469925113795232)
s.add(224)
s.add(643)
s.add(45)
s.add(-41)
s.add(1696)
s.add(672)
o.add(1626)
s.discard(230)
s.add(3734)
s.pop() if s else None
s.add(-793561557462156237868)
s.discard(-404425251643439368831)
s.add(-616718723427785506754)
s |= o
s -= set(list(o)[:3])
s.add(608)
o.add(-8)
s.add(2048)
s.add(18)
s.pop() if s else None
s.add(4893)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-19] = 9
d[10] = 3
d.update({18: 1, 19: 2})
d.update({15: 1, 16: 2})
d.pop(48, None)
d[-7] = 8
d[-19] = 6
d.pop(24, None)
d.update({0: 1, 1: 2})
d[30] = 9
d[12] = 6
d.popitem() if d else None
d[13] = 1
d = dict(d)
d.update({-10: 1, -9: 2})
d.pop(47, None)
d[22] = 5
d[57] = 2
d[46] = 1
d.pop(59, None)
d.setdefault(41, 0)
d[38] = 6
d[44] = 0
d[-12] = 1
d.pop(-15, None)
d = dict(d)
d.pop(33, None)
d.update({38: 1, 39: 2})
d = dict(d)
d.pop(33, None)
d = dict(d)
d[-5] = 5
d = dict(d)
d.pop(33, None)
d.popitem() if d else None
d.popitem() if d else None
d[20] = 7
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.difference_update(range(168, 208))
s.add(37)
s.add(32)
s.discard(3)
s = s.symmetric_difference(o)
s.add(-17)
s = s.copy()
s.add(1600)
s |= o
s.add(29)
s.intersection_update(o, s)
s.add(2016)
s = set(list(s))
s = s.union(o, [1408])
s.add(3269)
s.intersection_update(o, s)
o.add(1427)
s = s.symmetric_difference(o)
s.add(-931519503608436233608)
s.intersection_update(o, s)
s.update(range(18, 78, 3))
s.intersection_update(o, s)
s = s.union(o, [-712998381247992804632])
s.add(23)
s = set(list(s))
s.discard(35)
s = s.copy()
s.add(1370)
s.add(-846303082113417750922)
s.intersection_update(o, s)
s.discard(-12)
s.intersection_update(o, s)
s.pop() if s else None
s = s.union(o, [1536])
s.intersection_update(o, s)
s.add(3222)
s.add(1632)
s.discard(426)
s = s & (o | set(list(s)[::2]))
s.add(1824)
s.discard(1958)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[53] = 5
d.update({-4: 1, -3: 2})
d[44] = 9
d[60] = 6
d.update({10: 1, 11: 2})
d.update({47: 1, 48: 2})
d[9] = 7
d.update({17: 1, 18: 2})
d[22] = 8
d[-13] = 7
d[-16] = 4
d[-4] = 8
d[46] = 8
d[-19] = 1
d[52] = 0
d[8] = 0
d[10] = 4
d = dict(d)
d[10] = 6
d.pop(31, None)
d.update({-3: 1, -2: 2})
d[-8] = 1
d[49] = 0
d[47] = 7
d[23] = 7
d[12] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(3912)
o.add(-18)
o.add(9)
s.add(3987)
s.add(916875281520680087247)
s.add(-35)
o.add(782741959490727125362)
s.add(0)
s.add(905424279164474554853)
o.add(50113307239342001259)
s.discard(832)
s.add(4445)
s.add(-46)
s.pop() if s else None
s.discard(1728)
s = set(list(s))
s.discard(23)
s.add(1129)
o.add(3090)
s = s.copy()
s = s & (o | set(list(s)[::2]))
s.add(1888)
s.discard(2754)
s ^= o
s.add(-1)
s = set(list(s))
s.add(1534)
o.add(-14)
s.add(525902273072916944575)
s.add(-46)
s = s.union(o, [3993])
s.update(range(576, 636, 3))
s.add(1709)
s.add(301579334843819852149)
s = s.symmetric_difference(o)
s.difference_update(range(198, 238))
s.add(714153605881850412737)
o.add(1472)
s.difference_update(range(2282, 2322))
s.add(38)
o.add(1952)
s.difference_update(range(3036, 3076))
s.add(1024)
s.add(2034)
s.add(702697703714077349714)
s.add(-28)
s = s.union(o, [576])
s = s & (o | set(list(s)[::2]))
s.add(3298)
s.discard(-45)
s.discard(71425793253851968001)
s.add(1184)
s.difference_update(range(1152, 1192))
s.discard(1071570221284671168925)
s.add(192)
o.add(-12)
s.discard(269843192489441087371)
s = s.symmetric_difference(o)
s.discard(214)
s = s.copy()
s.add(1905)
s -= set(list(o)[:3])
s.add(-932329485191401370833)
s.discard(352)
s.add(1312)
s.add(384)
s.add(416)
s.discard(80463505843706274479)
o.add(631672329580205827044)
s ^= o
s.add(2539)
o.add(1442)
s.intersection_update(o, s)
s.discard(1984)
s.add(105433147140999814199)
o.add(-18)
o.add(11)
o.add(-43)
s.add(975337481347398314123)
s.add(4204)
o.add(1472)
s.add(850589578509632040869)
s.add(-79308209100790697731)
s.discard(31)
s.discard(-45)
s.discard(840926399738917145831)
s ^= o
s.add(-17)
s.pop() if s else None
s.update(range(-814951807008571888996, -814951807008571888936, 3))
s |= o
o.add(448)
s.add(299812176288234782837)
s.add(148235436490863117557)
o.add(1888)
s.discard(1111)
o.add(-23)
s.add(4894)
s.add(704)
s.discard(-41)
s.add(-23)
s = s & (o | set(list(s)[::2]))
s.discard(16)
s.add(31)
s ^= o
s.add(-330256461823398153064)
s.update(range(5, 65, 3))
o.add(1213)
s.discard(816350362008331854157)
o.add(-190709383891301681799)
s.add(-462905405188674535135)
s.add(42)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.setdefault(-6, 0)
d[20] = 8
d[49] = 6
d[56] = 7
d.pop(7, None)
d[-10] = 8
d.popitem() if d else None
d[-1] = 8
d.pop(-18, None)
d.update({50: 1, 51: 2})
d[56] = 2
d[43] = 9
d.update({7: 1, 8: 2})
d[24] = 4
d.update({55: 1, 56: 2})
d[51] = 9
d[14] = 3
d.popitem() if d else None
d.pop(-8, None)
d[11] = 7
d[57] = 8
d = dict(d)
d.pop(53, None)
d.popitem() if d else None
d = dict(d)
d[11] = 9
d[52] = 7
d.update({51: 1, 52: 2})
d.update({40: 1, 41: 2})
d[-12] = 7
d.update({36: 1, 37: 2})
d.pop(-19, None)
d.pop(46, None)
d.update({-12: 1, -11: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.discard(-24)
s.add(2548)
o.add(940029132246023725492)
s -= set(list(o)[:3])
o.add(82)
s |= o
o.add(4061)
s.pop() if s else None
s.add(1614)
s.add(704)
s.intersection_update(o, s)
s.discard(1504)
s.add(416)
o.add(640)
s.discard(1696)
s.intersection_update(o, s)
s.add(296997543064787058702)
s.difference_update(range(-5, 35))
s.add(745216805205440978842)
s.add(159766886613065469756)
o.add(-42)
s.add(849931405290329215190)
s.add(1088)
s.add(404618052449871784909)
s.add(16)
o.add(922)
s.add(114204083302881901037)
s.add(3938)
s.add(1760)
s.add(1824)
s.add(45)
o.add(-22)
o.add(608)
s.pop() if s else None
s = s.copy()
s.add(1600)
s.add(3399)
s.add(37776551470645716489)
s.add(-225218226395732476553)
s.discard(1600)
s.discard(-1129815002709632157054)
s.update(range(280964072138574297794, 280964072138574297854, 3))
s.add(-319901432802886900688)
o.add(25)
s.add(12)
s.add(1824)
s = set(list(s))
o.add(27)
s.add(2942)
s.pop() if s else None
s.add(30)
s = s & (o | set(list(s)[::2]))
s.pop() if s else None
s.add(-727373260465162098218)
s = set(list(s))
s.add(421285157466731847838)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[23] = 1
d.pop(26, None)
d.update({-2: 1, -1: 2})
d[31] = 7
d[5] = 8
d.pop(-16, None)
d.pop(29, None)
d[47] = 6
d.update({37: 1, 38: 2})
d[42] = 2
d.popitem() if d else None
d[23] = 6
d.pop(57, None)
d = dict(d)
d.update({27: 1, 28: 2})
d[-1] = 6
d.popitem() if d else None
d = dict(d)
d[35] = 7
d[-11] = 7
d.popitem() if d else None
d[32] = 5
d[-11] = 6
d[18] = 7
d = dict(d)
d.update({53: 1, 54: 2})
d[7] = 5
d[-7] = 0
d[32] = 3
d[3] = 7
d[40] = 2
d[10] = 0
d[32] = 5
d[27] = 3
d.popitem() if d else None
d[-13] = 6
d.pop(33, None)
d[0] = 2
d.popitem() if d else None
d.update({13: 1, 14: 2})
d[51] = 1
d[23] = 8
d[7] = 8
d.pop(-19, None)
d[59] = 4
d.pop(23, None)
d.update({58: 1, 59: 2})
d[9] = 6
d[44] = 9
d[12] = 7
d.update({5: 1, 6: 2})
d.update({8: 1, 9: 2})
d[31] = 2
d[26] = 3
d[45] = 0
d[-14] = 4
d[56] = 1
d.update({3: 1, 4: 2})
d.pop(29, None)
d.pop(37, None)
d[-2] = 5
d[43] = 7
d[27] = 1
d.pop(-11, None)
d.popitem() if d else None
d.update({8: 1, 9: 2})
d[4] = 1
d[35] = 7
d.update({47: 1, 48: 2})
d.pop(-11, None)
d[17] = 2
d[54] = 6
d.update({-13: 1, -12: 2})
d.update({-3: 1, -2: 2})
d[9] = 8
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.union(o, [1792])
s.add(-12)
s = s & (o | set(list(s)[::2]))
s.add(2287)
s.add(-10)
s.add(402121309421871813595)
s.add(25)
o.add(136)
s.add(32)
s.add(9)
s.add(502132460930222284117)
s ^= o
s.add(224)
s.add(-946058164488044686728)
s.add(1024)
s.add(44)
o.add(3366)
s.update(range(-4, 56, 3))
s.discard(476410708132181928974)
s = s.union(o, [-7])
s ^= o
s.add(-22)
s.add(48)
s.add(19727955353239756255)
s.add(3390)
s.add(832)
s = s.copy()
o.add(3315)
s.discard(2016)
s.add(1088)
s.add(37)
s.add(-49)
s.add(2644)
s = s.copy()
s.add(2)
s = s.copy()
s.add(2979)
s.add(930223476381832202887)
s |= o
s.intersection_update(o, s)
s.add(48)
s.pop() if s else None
s.discard(480)
s.intersection_update(o, s)
s.add(3383)
s |= o
o.add(160)
s.add(-5)
s.pop() if s else None
s.pop() if s else None
s.discard(-38)
s.intersection_update(o, s)
s = s.copy()
s.discard(38)
o.add(26)
s.pop() if s else None
s.add(3266)
s = s.copy()
o.add(-619704225389958309971)
s.pop() if s else None
s.add(1131528416926593041489)
s.add(4577)
s.pop() if s else None
s.add(256)
s.add(768)
s.add(5)
s.add(416)
s.discard(-4)
s = set(list(s))
s.add(40)
s.discard(1296)
s.add(547)
s.add(608)
o.add(0)
o.add(103898080491607916330)
s.discard(872)
s.add(-175472603072442701382)
s.pop() if s else None
s.add(768)
s.add(640)
s.discard(1856)
s.add(1250)
s.add(2719)
s.add(41)
s.discard(3356)
s = s.symmetric_difference(o)
s |= o
s.add(-337389202530254002847)
s.add(517659817013295589355)
s = s.union(o, [32])
o.add(674177232974252071838)
s.add(603)
s.add(716089932749707585078)
s.add(39)
s.add(-13)
s.add(2387)
s.discard(310)
o.add(-3)
s.add(-32)
s |= o
s.difference_update(range(23, 63))
s.add(1536)
s.add(24)
s = s & (o | set(list(s)[::2]))
s.add(640)
s.add(1824)
s.add(1088)
s.add(-12)
s.pop() if s else None
s = s & (o | set(list(s)[::2]))
s.discard(522641619765006659870)
s.add(414516369047577255792)
s.intersection_update(o, s)
s.add(120)
s.pop() if s else None
s.add(770231844082782658043)
s.add(898)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-7] = 9
d.update({50: 1, 51: 2})
d.pop(-7, None)
d[49] = 2
d[3] = 2
d[53] = 5
d[-14] = 8
d.pop(52, None)
d = dict(d)
d[-20] = 8
d.pop(35, None)
d.update({27: 1, 28: 2})
d.update({9: 1, 10: 2})
d.update({22: 1, 23: 2})
d.pop(3, None)
d.pop(-7, None)
d[47] = 2
d.update({-7: 1, -6: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.copy()
s.discard(2547)
s.add(1864)
s.add(1408)
s -= set(list(o)[:3])
s.intersection_update(o, s)
s.add(678)
s = s.copy()
s.add(4712)
s.add(9)
s.add(-34)
s.add(-1047337194080948612582)
s.add(29)
o.add(4075)
o.add(1952)
s.discard(427345683929457348979)
s = set(list(s))
s.pop() if s else None
s.add(1664)
s.intersection_update(o, s)
s.add(28)
s.add(882636403857166899505)
s.add(4037)
s.add(672)
s.intersection_update(o, s)
s = s.symmetric_difference(o)
s -= set(list(o)[:3])
s.add(-6)
s.add(-748728993333915608928)
s = s.symmetric_difference(o)
s.add(1440)
s.discard(1024)
o.add(224)
s.add(-20)
s.add(-1154748590640781234675)
s.add(1233)
s.add(2828)
s.discard(26)
s.add(-374113974619771042840)
s = s & (o | set(list(s)[::2]))
s.add(-323320094562370271869)
s.add(3057)
s.discard(-330155507415227145476)
s.add(1248)
s.add(-78374449980301698287)
s.intersection_update(o, s)
s.add(14)
s = set(list(s))
s = s & (o | set(list(s)[::2]))
s = s.union(o, [2680])
s.intersection_update(o, s)
o.add(1)
s = set(list(s))
s.discard(160823886086533411196)
s.add(24)
s.add(3056)
s.discard(4911)
o.add(2552)
s.add(-67971790745494065409)
o.add(-949409276074438923598)
s.add(644632137845515761088)
s.add(-46)
s.update(range(37, 97, 3))
s.add(1087131130667873262590)
s -= set(list(o)[:3])
s.discard(28299798946673216082)
s.discard(-983195512563590652111)
s.add(1184)
s.discard(4907)
s.intersection_update(o, s)
s.add(1278)
s.add(-904442683412745511749)
s = s.symmetric_difference(o)
s.add(-44)
s.add(-9)
o.add(-159505187253498260382)
s -= set(list(o)[:3])
s.add(1536)
s.add(7)
s -= set(list(o)[:3])
s.add(-879212443029148663589)
s.difference_update(range(1878, 1918))
s.add(-951941546014860497346)
s.pop() if s else None
s.add(1280)
s.discard(10)
s.add(2828)
s.pop() if s else None
s.add(0)
s.discard(0)
s.add(1214)
s = set(list(s))
s -= set(list(o)[:3])
s.add(-14)
s.add(-1119496615710371688221)
s.add(1440)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-9] = 0
d.pop(20, None)
d.pop(43, None)
d.pop(-20, None)
d.pop(32, None)
d.pop(-3, None)
d.pop(30, None)
d.update({-9: 1, -8: 2})
d.update({-14: 1, -13: 2})
d[57] = 3
d[10] = 6
d.update({13: 1, 14: 2})
d.pop(51, None)
d.pop(31, None)
d.update({50: 1, 51: 2})
d.update({-15: 1, -14: 2})
d[17] = 4
d.pop(13, None)
d[28] = 7
d[34] = 4
d[26] = 9
d.pop(24, None)
d[3] = 0
d[-4] = 8
d[-7] = 8
d[3] = 7
d.pop(26, None)
d.popitem() if d else None
d.update({36: 1, 37: 2})
d.pop(-15, None)
d.pop(45, None)
d[29] = 7
d.pop(-19, None)
d.setdefault(60, 0)
d[22] = 0
d[45] = 1
d.pop(11, None)
d.setdefault(9, 0)
d[33] = 2
d[60] = 4
d[31] = 9
d[0] = 9
d.pop(2, None)
d.update({16: 1, 17: 2})
d = dict(d)
d[17] = 1
d = dict(d)
d[-15] = 8
d[38] = 9
d.popitem() if d else None
d[0] = 0
d.pop(-7, None)
d.pop(15, None)
d.pop(-20, None)
d.pop(50, None)
d[-4] = 4
d.update({24: 1, 25: 2})
d[36] = 5
d.pop(32, None)
d.pop(40, None)
d.pop(11, None)
d.setdefault(24, 0)
d[49] = 0
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.pop() if s else None
s.pop() if s else None
s = s.symmetric_difference(o)
s |= o
s.add(31)
s.add(6)
s.add(1136413060846597639737)
s = s.copy()
s.discard(-41)
s = s.union(o, [509])
s.add(-124454864924540365833)
s.add(1)
s = s.symmetric_difference(o)
s.add(640)
s.add(-223745194952300892300)
s.add(1084619495598838125469)
s.add(-7)
o.add(1280)
s.add(1760)
s.discard(204095516031390876321)
s.discard(320)
s.discard(2903)
s.add(1312)
o.add(1286)
s.add(-827798915457948566789)
s.discard(2185)
s.add(853)
s.add(1810)
s ^= o
s.add(2048)
s.add(730111032079909248830)
s.add(288)
s.discard(-20)
s.add(1024)
s.add(585)
s.add(-274511273950632491009)
s.discard(965635721420286267445)
s.pop() if s else None
s.add(1344)
s.update(range(3200, 3260, 3))
s.add(0)
s.add(1376)
s.intersection_update(o, s)
s.intersection_update(o, s)
s.discard(885303225194452708187)
s.intersection_update(o, s)
o.add(3479)
s.add(53027702848173379094)
s.pop() if s else None
s.pop() if s else None
s.add(1091769187518108226520)
s.add(8)
s.update(range(1120, 1180, 3))
s.intersection_update(o, s)
s.add(143790764819526368655)
s.add(40)
s.update(range(1738, 1798, 3))
o.add(832)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[15] = 6
d = dict(d)
d[30] = 9
d.popitem() if d else None
d.update({11: 1, 12: 2})
d[-17] = 9
d.pop(47, None)
d[47] = 1
d.update({54: 1, 55: 2})
d.pop(47, None)
d[4] = 5
d.setdefault(-17, 0)
d.pop(-12, None)
d[25] = 7
d[32] = 5
d[55] = 2
d[46] = 4
d[44] = 5
d.update({25: 1, 26: 2})
d[41] = 8
d.update({22: 1, 23: 2})
d[58] = 0
d[-11] = 9
d[-8] = 3
d[-16] = 9
d = dict(d)
d[28] = 3
d[24] = 4
d.update({56: 1, 57: 2})
d.pop(52, None)
d.pop(57, None)
d.pop(37, None)
d.update({49: 1, 50: 2})
d[-11] = 7
d[45] = 7
d[7] = 3
d[17] = 5
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.discard(928)
s = s.symmetric_difference(o)
s.pop() if s else None
s.add(-5)
s.add(-209584036769852089216)
s.add(21)
s.difference_update(range(-45, -5))
s.discard(28)
s.discard(-547910944308215959677)
s.add(-27)
o.add(40)
s.add(896)
s.add(864)
o.add(-48)
s.add(-306690537486754979255)
s.add(45)
s.difference_update(range(81, 121))
s.difference_update(range(1248, 1288))
s = set(list(s))
s.add(4999)
s = s & (o | set(list(s)[::2]))
s.add(224)
s |= o
s.add(6)
s.add(1846)
s.discard(951)
s.add(1632)
s.add(3577)
s.add(684541918686161455704)
s.add(1472)
s.add(2)
o.add(1024)
s.add(1504)
s.add(1056)
s.discard(4894)
s.add(430437352968026983910)
s.add(0)
s.pop() if s else None
s.add(128)
s.add(448)
s.update(range(17, 77, 3))
o.add(1132930884250132348078)
s.add(-36)
o.add(1728)
s.add(50)
s.add(3945)
o.add(4289)
s.add(469898934205141840347)
s.intersection_update(o, s)
s.add(186545994171273611733)
s.discard(800)
s.update(range(3559, 3619, 3))
s.discard(27)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d = dict(d)
d.pop(27, None)
d[-13] = 0
d.setdefault(26, 0)
d.pop(33, None)
d.pop(-5, None)
d.update({9: 1, 10: 2})
d[38] = 3
d[49] = 5
d[-16] = 7
d.update({19: 1, 20: 2})
d[33] = 7
d[-5] = 6
d.popitem() if d else None
d.pop(14, None)
d = dict(d)
d[10] = 3
d = dict(d)
d.update({-17: 1, -16: 2})
d[3] = 1
d[21] = 5
d = dict(d)
d.pop(11, None)
d[13] = 4
d.pop(4, None)
d.pop(48, None)
d[24] = 0
d[-2] = 3
d.update({6: 1, 7: 2})
d[52] = 6
d.pop(-14, None)
d.setdefault(-14, 0)
d[19] = 6
d[21] = 3
d.update({35: 1, 36: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(3688)
s.pop() if s else None
s.pop() if s else None
s.discard(42)
s ^= o
o.add(32)
s = s.union(o, [-6])
s ^= o
s = s & (o | set(list(s)[::2]))
s.discard(246278846569995143388)
s -= set(list(o)[:3])
s ^= o
s.intersection_update(o, s)
s.add(658777414134487835140)
o.add(179677925580296798294)
s = s.union(o, [128])
s.add(-16)
s.add(2678)
s |= o
s.pop() if s else None
s.add(18)
s = set(list(s))
s.intersection_update(o, s)
s.add(-39713719707826075102)
o.add(224804165497433693451)
s.add(-451268898395659396387)
s.add(535427307108589114141)
s.add(-18)
s.discard(1728)
s.discard(1152)
s.add(-10)
s.add(160)
s.add(448)
s.add(729514376122928911466)
o.add(68995251594030759319)
s.pop() if s else None
s.add(128)
s.add(864)
s.discard(3233)
s.add(-13)
s.add(736)
s |= o
s.update(range(39, 99, 3))
s = s.copy()
s.discard(-711196241185880625479)
s.discard(11)
s.pop() if s else None
s.add(49)
s = s.union(o, [992])
s.discard(1632)
s.add(2016)
s.add(3695)
s.add(896184934564752353282)
s.add(-37)
s = set(list(s))
s.add(13)
s.pop() if s else None
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(38, None)
d[17] = 1
d[55] = 1
d[-7] = 0
d[3] = 5
d[58] = 6
d.update({36: 1, 37: 2})
d.update({36: 1, 37: 2})
d[3] = 5
d[-11] = 7
d[-18] = 8
d.pop(-6, None)
d[7] = 8
d[2] = 2
d.pop(21, None)
d.pop(-13, None)
d[36] = 1
d[33] = 1
d.setdefault(45, 0)
d = dict(d)
d.update({2: 1, 3: 2})
d.pop(51, None)
d[29] = 4
d[26] = 1
d.update({24: 1, 25: 2})
d.popitem() if d else None
d.pop(23, None)
d.pop(36, None)
d.update({-10: 1, -9: 2})
d[52] = 3
d.update({38: 1, 39: 2})
d[2] = 7
d[-10] = 9
d.pop(-6, None)
d = dict(d)
d.pop(58, None)
d[6] = 3
d.update({46: 1, 47: 2})
d[13] = 1
d[17] = 6
d[12] = 2
d.update({60: 1, 61: 2})
d[8] = 9
d.pop(19, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(320)
s.add(324879688358800216613)
s.add(-403820917832669084891)
s |= o
s.add(4200)
o.add(4503)
o.add(3943)
o.add(2787)
s -= set(list(o)[:3])
s.discard(2027)
s.update(range(224, 284, 3))
s |= o
o.add(2748)
s.discard(3884)
s.add(-458719880799182161357)
o.add(848)
s.add(10)
s.add(32)
s.add(1632)
s.add(1536)
s = s.symmetric_difference(o)
s = s & (o | set(list(s)[::2]))
s = s.symmetric_difference(o)
s = s.copy()
s.add(-16)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[21] = 4
d.pop(46, None)
d[4] = 3
d = dict(d)
d[53] = 7
d.pop(16, None)
d.pop(3, None)
d[-20] = 0
d.update({54: 1, 55: 2})
d.update({56: 1, 57: 2})
d[-14] = 8
d.pop(-9, None)
d[37] = 0
d.pop(37, None)
d[-5] = 9
d[-15] = 1
d.pop(37, None)
d.pop(-16, None)
d[-8] = 9
d.pop(6, None)
d[45] = 9
d[2] = 2
d[36] = 0
d.pop(49, None)
d[-17] = 6
d[29] = 7
d.setdefault(5, 0)
d.update({20: 1, 21: 2})
d[-1] = 4
d.pop(48, None)
d.update({28: 1, 29: 2})
d.pop(11, None)
d[10] = 6
d[55] = 1
d.pop(2, None)
d[35] = 2
d[27] = 4
d.pop(27, None)
d.update({44: 1, 45: 2})
d[-2] = 5
d.update({38: 1, 39: 2})
d[36] = 6
d.setdefault(-3, 0)
d[59] = 0
d[12] = 2
d.update({3: 1, 4: 2})
d[47] = 6
d[47] = 7
d[28] = 2
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.symmetric_difference(o)
s.add(3368)
s.add(2959)
s.intersection_update(o, s)
s.add(-21)
s.add(31)
s.pop() if s else None
s.add(4)
o.add(2234)
s.add(1664)
s.add(2709)
s -= set(list(o)[:3])
s.add(2662)
s.discard(640)
s.add(1667)
s.add(-38)
s.pop() if s else None
s.discard(-39)
s.add(26)
s.add(2888)
s.pop() if s else None
s.discard(2048)
s.update(range(832, 892, 3))
o.add(28)
s.add(4822)
s.add(1181)
s.add(-801484972030123241231)
s.discard(691734989984317099446)
o.add(2122)
s.add(-72726545083403186654)
o.add(1088)
s.discard(4640)
s.discard(77393667110957026863)
s.add(1821)
o.add(1112037031734391705398)
s.add(-238342813310836962438)
s.add(1120)
s.pop() if s else None
s.discard(576)
s.add(-20)
o.add(4)
s = set(list(s))
s.add(1856)
s.discard(1824)
s.discard(50)
s.intersection_update(o, s)
s.discard(800)
s = s.copy()
s.discard(-45711246331494428463)
s.discard(192)
s.add(-6)
s.intersection_update(o, s)
s.add(1)
o.add(1984)
o.add(544)
s.pop() if s else None
s.discard(-20)
s.difference_update(range(1376, 1416))
s.discard(-2)
s.add(3747)
s = set(list(s))
s.update(range(1169, 1229, 3))
s.discard(1338)
s.add(-13)
s ^= o
s = s.symmetric_difference(o)
s.pop() if s else None
s = s.copy()
o.add(1653)
s.discard(1408)
s.discard(2389)
s.pop() if s else None
s.add(4277)
s = s.union(o, [31])
s.add(1760)
s.discard(3506)
s.add(-566834837783006810342)
s.add(-26)
s.add(-39981667037475442615)
s.add(-297971824146771969013)
s.update(range(-3, 57, 3))
s.update(range(1984, 2044, 3))
o.add(1689)
s.add(-3)
s.intersection_update(o, s)
s.add(3508)
s.add(721498578901671672931)
s.add(608)
s.discard(1696)
s.add(121)
o.add(608)
s.add(-40)
s.update(range(-50, 10, 3))
s.add(1120)
s.add(552261693808191770081)
s.add(1707)
s.add(6)
s.add(-874894094290977744789)
s.discard(1600)
s.add(1472)
s.add(17414836709292017574)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(44, None)
d = dict(d)
d.update({11: 1, 12: 2})
d[23] = 2
d.pop(11, None)
d.update({20: 1, 21: 2})
d[59] = 1
d[4] = 0
d = dict(d)
d[39] = 9
d.setdefault(-13, 0)
d[-14] = 8
d[40] = 9
d.update({-13: 1, -12: 2})
d[58] = 6
d.update({53: 1, 54: 2})
d.pop(37, None)
d.pop(53, None)
d.setdefault(47, 0)
d[-10] = 9
d.update({15: 1, 16: 2})
d[-3] = 1
d[43] = 6
d.pop(42, None)
d.pop(10, None)
d[47] = 0
d.popitem() if d else None
d[51] = 7
d[28] = 9
d[13] = 7
d.update({37: 1, 38: 2})
d = dict(d)
d[6] = 3
d[27] = 5
d[17] = 0
d.pop(41, None)
d[28] = 8
d[-6] = 8
d[-14] = 9
d[-4] = 7
d[51] = 4
d.pop(43, None)
d.popitem() if d else None
d.pop(57, None)
d[32] = 4
d.pop(7, None)
d.pop(43, None)
d.update({7: 1, 8: 2})
d.pop(27, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(640)
s.add(36)
s.intersection_update(o, s)
s.add(1664)
s.add(637756724629927157283)
s.add(-31)
s.add(1431)
s = s.copy()
s.add(732)
s.add(4401)
s.pop() if s else None
s.pop() if s else None
s.add(1280)
s.difference_update(range(391984208028459967809, 391984208028459967849))
s.intersection_update(o, s)
o.add(46)
s.add(800)
s.add(992)
s.discard(642)
s.add(827610252681510608420)
s.discard(4405)
s.pop() if s else None
s.discard(-13)
o.add(576)
s |= o
s.update(range(-35, 25, 3))
s.discard(832)
s.add(813810302399731771757)
s -= set(list(o)[:3])
s.pop() if s else None
s.add(1634)
s = s.symmetric_difference(o)
s.add(-557464366105328861419)
s.add(-66446000729448627982)
s.add(127656880630528704546)
s.intersection_update(o, s)
s.add(-209199510838851807194)
s.discard(-1163317253373409063502)
s.add(1619)
s -= set(list(o)[:3])
s = set(list(s))
s.add(3594)
s = s & (o | set(list(s)[::2]))
s.add(-718233009248963666591)
s.add(3586)
o.add(1536)
s = s.copy()
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[60] = 5
d[-14] = 2
d[32] = 5
d[37] = 5
d[3] = 8
d[42] = 6
d.popitem() if d else None
d[-16] = 3
d.pop(0, None)
d.popitem() if d else None
d[0] = 7
d[38] = 6
d[0] = 8
d.popitem() if d else None
d = dict(d)
d[12] = 3
d[8] = 5
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(416)
s.discard(32)
s.difference_update(range(5, 45))
s.discard(2)
s.discard(884374719301893931421)
s ^= o
s -= set(list(o)[:3])
s.add(1472)
s = set(list(s))
s.discard(136115398243624871256)
s.discard(960)
s.pop() if s else None
s.update(range(3256, 3316, 3))
s.add(-689106597023474681965)
s = s.copy()
o.add(1406)
s.add(30)
s.update(range(498211892859240526351, 498211892859240526411, 3))
s ^= o
s.add(1083869891722639197846)
s.discard(1440)
s.add(503647244070050836009)
s = s & (o | set(list(s)[::2]))
s.discard(296419407236301175080)
s.add(-826269127931380278481)
s.discard(-31)
s.discard(938)
s.add(1255)
s.discard(3)
s = s.union(o, [-502303951311185157414])
s.pop() if s else None
o.add(948766404004170165971)
s.update(range(-1169458516317656319789, -1169458516317656319729, 3))
s.add(896)
s |= o
o.add(-105164992417633209999)
s.add(2975)
s.add(26)
s.add(12)
s.add(872218545386792461860)
s.add(1434)
s.add(1600)
s |= o
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[53] = 6
d.pop(37, None)
d[43] = 1
d.popitem() if d else None
d[39] = 5
d[28] = 7
d[34] = 0
d[11] = 0
d.pop(1, None)
d.setdefault(32, 0)
d.pop(38, None)
d = dict(d)
d[14] = 8
d[-14] = 7
d.popitem() if d else None
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(960)
s.add(-424911441846682817159)
s.add(-14)
o.add(1408)
s.difference_update(range(1216, 1256))
s.update(range(1440, 1500, 3))
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[23] = 4
d.update({43: 1, 44: 2})
d[30] = 8
d.update({-1: 1, 0: 2})
d.pop(6, None)
d.pop(36, None)
d.pop(15, None)
d[26] = 6
d[-4] = 0
d.pop(52, None)
d[41] = 0
d = dict(d)
d.update({-7: 1, -6: 2})
d[23] = 1
d[42] = 8
d.pop(55, None)
d.update({32: 1, 33: 2})
d[9] = 5
d[36] = 7
d.popitem() if d else None
d[30] = 3
d.setdefault(33, 0)
d.popitem() if d else None
d.pop(46, None)
d = dict(d)
d[51] = 9
d[31] = 6
d[41] = 1
d.pop(17, None)
d.pop(51, None)
d[50] = 0
d[34] = 5
d[-20] = 1
d[25] = 7
d.pop(-13, None)
d.pop(13, None)
d[59] = 9
d = dict(d)
d[46] = 3
d.pop(34, None)
d.pop(23, None)
d.update({-6: 1, -5: 2})
d.popitem() if d else None
d.update({3: 1, 4: 2})
d[9] = 3
d.pop(51, None)
d = dict(d)
d.pop(39, None)
d.popitem() if d else None
d[-8] = 6
d.pop(28, None)
d[-7] = 9
d.update({-10: 1, -9: 2})
d.update({-18: 1, -17: 2})
d.pop(57, None)
d = dict(d)
d.pop(-7, None)
d = dict(d)
d.pop(-5, None)
d.update({24: 1, 25: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1056)
s.add(-30)
s.add(832)
s.add(3)
s = s.copy()
s.pop() if s else None
o.add(-33)
s.intersection_update(o, s)
s.discard(832)
s.add(1056)
s.add(-642542446559112793263)
s.discard(25171684382467809986)
s.add(-2)
s.add(-17)
s.discard(10)
s.pop() if s else None
s.add(-555591470587348869247)
s.add(-40)
o.add(864)
s.add(2144)
s.add(1920)
s.add(-642387947519899797292)
s.add(640)
s.add(332772080766099614867)
s.discard(4140)
s |= o
s.intersection_update(o, s)
s.add(1598)
s.add(-330454691896892969679)
s.add(-914548063321497673586)
s.pop() if s else None
o.add(48809121339053230768)
s.add(352)
s.add(-992200570612079170583)
s.add(-29)
s.update(range(-5, 55, 3))
s ^= o
s = s.symmetric_difference(o)
s.add(-382345982394203626744)
o.add(1728)
s.add(544)
s = s & (o | set(list(s)[::2]))
o.add(2345)
s |= o
s.intersection_update(o, s)
s.add(4199)
s = s & (o | set(list(s)[::2]))
s.add(4419)
s.pop() if s else None
s.add(2322)
s.add(708491238794945056350)
s = set(list(s))
s.discard(928)
s.add(3762)
s.discard(4368)
s.add(-749762712612790513151)
o.add(-1154545926875904549345)
s.discard(2587)
s.update(range(-3, 57, 3))
s.intersection_update(o, s)
s = s & (o | set(list(s)[::2]))
s.add(864)
s.add(1376)
s.add(-808187665549205212125)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[7] = 4
d[2] = 7
d.popitem() if d else None
d.setdefault(52, 0)
d.pop(-1, None)
d.update({-15: 1, -14: 2})
d.update({60: 1, 61: 2})
d.pop(-9, None)
d.pop(3, None)
d = dict(d)
d.popitem() if d else None
d.pop(4, None)
d[34] = 2
d[27] = 2
d.popitem() if d else None
d[-9] = 2
d.setdefault(57, 0)
d.setdefault(-17, 0)
d[11] = 2
d[6] = 2
d[27] = 3
d[8] = 9
d.pop(36, None)
d.pop(29, None)
d[34] = 9
d.setdefault(-8, 0)
d.pop(15, None)
d.setdefault(27, 0)
d.update({-13: 1, -12: 2})
d[-11] = 4
d[19] = 1
d.pop(55, None)
d[-6] = 0
d[25] = 4
d.update({-11: 1, -10: 2})
d[7] = 5
d[-8] = 4
d.popitem() if d else None
d[47] = 2
d.update({24: 1, 25: 2})
d[44] = 4
d[-15] = 8
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(1440)
s.add(-748672045008074777799)
s.add(1968)
s.add(-4)
s.add(-34)
s.discard(-18515235477998193872)
s.add(2697)
s.add(1347)
s.add(-2)
s.intersection_update(o, s)
s.add(3052)
o.add(20)
s.add(-19)
o.add(-398987660922812031508)
s = set(list(s))
s -= set(list(o)[:3])
s.add(-14)
s = set(list(s))
s.add(979)
s.pop() if s else None
s.add(-3600561025674025928)
s.add(-48)
s.pop() if s else None
s.add(928)
s = set(list(s))
s.add(536025114862292104777)
s |= o
s.discard(-555707478098503265795)
s.discard(27)
s.discard(1952)
s.add(254)
o.add(-31465134026374415657)
s.add(64)
s.add(-545927401828053179094)
s.add(1568)
s.update(range(617775879686688471264, 617775879686688471324, 3))
s = s & (o | set(list(s)[::2]))
s.pop() if s else None
s.add(143)
o.add(608)
s.discard(10)
s -= set(list(o)[:3])
s ^= o
s |= o
s = s.copy()
s.discard(4899)
s.add(3352)
s.add(1827)
s.pop() if s else None
s.add(1179)
s.add(473181154175970207953)
s -= set(list(o)[:3])
s.add(1536)
s |= o
s.add(-7)
s.discard(34)
s.add(-25)
s.discard(10)
s -= set(list(o)[:3])
s.add(1440)
s.add(1184)
s.add(-32)
s.add(-665377317366992288532)
s.add(1504)
s = s.symmetric_difference(o)
s.add(25)
s.discard(35)
o.add(1364)
o.add(1888)
s.add(212747225976595269485)
s.pop() if s else None
s.difference_update(range(0, 40))
s.add(-8)
s.add(-460185848322901863375)
s.add(-18)
s.discard(-1037277926784355471066)
s.add(256)
s.add(-31)
s.add(701289913007165335597)
s.discard(1056)
o.add(96)
s |= o
s.add(30)
o.add(-48)
s.add(448)
o.add(2598)
s.add(-42)
s.pop() if s else None
s.discard(992)
s = set(list(s))
s.add(-1099178670601247083904)
s ^= o
s.add(-11)
s ^= o
s.pop() if s else None
s = set(list(s))
s.intersection_update(o, s)
s.add(1248)
s.add(-47)
o.add(50)
s |= o
s.add(-50)
s = s.union(o, [3495])
s.discard(1216)
s = s.copy()
s.add(-18)
s.add(9)
s.add(961485188520936778000)
s.add(47)
s = s.copy()
s.add(456357893707139675883)
s.add(1312)
s.add(870908459732020290365)
s.pop() if s else None
s.intersection_update(o, s)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-20] = 7
d[32] = 1
d.pop(54, None)
d[1] = 1
d.update({57: 1, 58: 2})
d[29] = 8
d.setdefault(52, 0)
d[22] = 7
d[-8] = 1
d.update({34: 1, 35: 2})
d = dict(d)
d.pop(60, None)
d[58] = 0
d[57] = 9
d.popitem() if d else None
d[30] = 9
d[24] = 5
d.update({33: 1, 34: 2})
d[50] = 0
d.pop(-14, None)
d.pop(-1, None)
d.pop(44, None)
d[9] = 9
d.pop(48, None)
d.pop(37, None)
d[-9] = 5
d[38] = 1
d[-16] = 2
d[9] = 1
d.update({-14: 1, -13: 2})
d[13] = 5
d[55] = 2
d[-11] = 0
d[23] = 1
d[23] = 8
d[56] = 7
d.pop(38, None)
d[40] = 8
d.popitem() if d else None
d = dict(d)
d.update({26: 1, 27: 2})
d.update({57: 1, 58: 2})
d.popitem() if d else None
d.setdefault(32, 0)
d = dict(d)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(12)
s = s.copy()
s.add(1120)
s.add(-309219103370241719054)
s.add(274)
s.discard(1272)
s.discard(160)
s.discard(423)
s.add(35)
s ^= o
s = s.union(o, [672])
s.add(708)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(6, None)
d[57] = 4
d.update({36: 1, 37: 2})
d[16] = 8
d = dict(d)
d[0] = 6
d.setdefault(42, 0)
d[56] = 1
d = dict(d)
d.setdefault(21, 0)
d.setdefault(0, 0)
d.pop(4, None)
d[-20] = 6
d[-4] = 8
d[-11] = 2
d.update({6: 1, 7: 2})
d.pop(-3, None)
d = dict(d)
d.setdefault(20, 0)
d.update({44: 1, 45: 2})
d.pop(33, None)
d = dict(d)
d = dict(d)
d.update({16: 1, 17: 2})
d[49] = 0
d.popitem() if d else None
d = dict(d)
d[48] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.pop() if s else None
s.add(275)
s.pop() if s else None
s.add(2795)
s.pop() if s else None
o.add(1280)
s.discard(48)
s.add(366)
s.add(2399)
s |= o
s.add(20)
s.add(928)
s.add(1024)
s.add(-27)
s.discard(1106146672949433536916)
s.add(1792)
s.add(-900608080113466355360)
s = s.union(o, [-34])
s = s.symmetric_difference(o)
s.add(12)
o.add(3721)
s.discard(856283017993519891314)
s = s.union(o, [1952])
s.intersection_update(o, s)
o.add(2815)
s.add(590881506380981582059)
s.add(-581389624248052268777)
o.add(160)
s.add(3597)
s.add(1024)
s.add(26)
s.intersection_update(o, s)
s.add(-34)
s.discard(128612372816540979029)
s.add(16)
s.discard(9)
s.discard(589717759464391820811)
s.add(192)
s.discard(-300667001461777550373)
s.difference_update(range(-25, 15))
s.intersection_update(o, s)
s.add(-49)
s.add(-844437605225452371577)
s.add(320)
s.intersection_update(o, s)
s -= set(list(o)[:3])
s.add(27)
s.discard(33)
s.add(1952)
s.add(960)
s.add(1568)
s |= o
o.add(3433)
s ^= o
s.pop() if s else None
s.add(1440)
s.add(608)
s |= o
s.add(2852)
s.add(-28)
s.discard(2016)
s.add(-35)
s.add(-381920375884766723382)
s = s.symmetric_difference(o)
s.pop() if s else None
s.add(-16)
s.add(965760734390702732815)
s.add(4767)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d = dict(d)
d[9] = 1
d.pop(28, None)
d[18] = 1
d.update({57: 1, 58: 2})
d.pop(28, None)
d.popitem() if d else None
d.update({30: 1, 31: 2})
d[8] = 0
d[5] = 2
d.pop(-8, None)
d.pop(-10, None)
d[10] = 7
d.popitem() if d else None
d.update({15: 1, 16: 2})
d.pop(14, None)
d.pop(5, None)
d.update({42: 1, 43: 2})
d.pop(28, None)
d.pop(4, None)
d.pop(16, None)
d[2] = 5
d.popitem() if d else None
d[31] = 0
d.popitem() if d else None
d[23] = 0
d.pop(34, None)
d[-20] = 0
d.update({28: 1, 29: 2})
d[28] = 3
d.setdefault(55, 0)
d = dict(d)
d.update({1: 1, 2: 2})
d[51] = 6
d[-12] = 2
d[48] = 7
d.popitem() if d else None
d.pop(15, None)
d.setdefault(21, 0)
d[-14] = 9
d[56] = 9
d[12] = 1
d[44] = 4
d[26] = 2
d.popitem() if d else None
d[-1] = 5
d[35] = 6
d.pop(54, None)
d.pop(2, None)
d[25] = 7
d.pop(57, None)
d[-17] = 5
d.pop(37, None)
d[8] = 0
d[59] = 6
d[44] = 5
d[46] = 7
d = dict(d)
d[54] = 3
d.update({11: 1, 12: 2})
d = dict(d)
d.update({-12: 1, -11: 2})
d[8] = 6
d[17] = 5
d.setdefault(14, 0)
d = dict(d)
d[49] = 6
d.update({6: 1, 7: 2})
d[46] = 0
d[0] = 4
d.update({55: 1, 56: 2})
d.popitem() if d else None
d[33] = 6
d[48] = 6
d = dict(d)
d[-3] = 8
d = dict(d)
d.pop(50, None)
d[32] = 5
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s |= o
s = s & (o | set(list(s)[::2]))
s.add(928)
s.intersection_update(o, s)
s.pop() if s else None
s ^= o
s.update(range(0, 60, 3))
s = s.union(o, [1504])
s.add(3131)
s.add(44)
s.add(3146)
s.add(1)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[26] = 7
d[16] = 8
d[44] = 7
d[-15] = 4
d[9] = 4
d.popitem() if d else None
d.pop(-8, None)
d[14] = 7
d[17] = 8
d.update({55: 1, 56: 2})
d[49] = 4
d[-15] = 5
d[12] = 7
d[45] = 4
d[14] = 3
d[33] = 9
d[5] = 2
d[52] = 9
d.pop(-8, None)
d[-4] = 0
d.popitem() if d else None
d[46] = 5
d[16] = 7
d[-12] = 4
d.pop(47, None)
d.pop(1, None)
d.pop(44, None)
d[6] = 2
d[39] = 5
d.update({-6: 1, -5: 2})
d.popitem() if d else None
d[57] = 0
d[4] = 2
d.pop(48, None)
d[29] = 2
d[-10] = 9
d.update({22: 1, 23: 2})
d.setdefault(-9, 0)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(4159)
s.discard(751183975774164403736)
s.add(3620)
s.pop() if s else None
s.add(4236)
o.add(864)
s |= o
s.intersection_update(o, s)
s.discard(2022)
o.add(1408)
s.add(49)
o.add(1632)
s.intersection_update(o, s)
s.add(2121)
s.difference_update(range(1216, 1256))
s.add(-4)
s.add(2016)
s.add(1148)
s.add(96)
o.add(1824)
s.add(128)
s.add(38)
s.add(4258)
s.add(-252668873593524451165)
s.add(2463)
s.discard(-41)
s.discard(1005231128332379210278)
s.add(1312)
s -= set(list(o)[:3])
o.add(3605)
s |= o
s.update(range(180652172677524658467, 180652172677524658527, 3))
s -= set(list(o)[:3])
s.add(399531073143355559044)
o.add(2862)
s = s.copy()
o.add(384)
s = s.copy()
s = s.copy()
s.difference_update(range(-38, 2))
s.add(12)
s.add(1618)
s.pop() if s else None
s.add(1504)
s.add(1216)
s = s.copy()
s.add(-32)
s.add(1376)
s.add(224)
o.add(1120)
s.add(-49)
s.add(-1071579006763659100697)
s.discard(33)
s -= set(list(o)[:3])
s.add(1728)
s.update(range(1920, 1980, 3))
s = set(list(s))
s.add(-41)
s.discard(10)
s.discard(4701)
s -= set(list(o)[:3])
s.discard(1632)
s ^= o
s.add(5)
s.add(-1147878635994398850492)
o.add(2377)
s.add(-735369950069330422598)
o.add(448)
s.add(768)
s.add(237665625828926025465)
s = s.symmetric_difference(o)
s.difference_update(range(579, 619))
s.add(18)
s.add(3861)
o.add(416)
s.add(-1097603438116722767692)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({28: 1, 29: 2})
d[56] = 2
d[2] = 6
d.pop(43, None)
d.pop(13, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(3409)
s.add(-13)
s.discard(511)
s.intersection_update(o, s)
o.add(1316)
s.discard(834644095576782807746)
o.add(-470505209515034656906)
s.update(range(1511, 1571, 3))
s.add(-8)
s.discard(-47)
s = s & (o | set(list(s)[::2]))
s = set(list(s))
s = set(list(s))
s.add(26)
s.add(32)
s.add(21)
s.add(357)
s.add(2632)
s.add(-656546549962121629921)
s.update(range(-153401471635734602232, -153401471635734602172, 3))
s.add(2030)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[9] = 6
d[-13] = 4
d.setdefault(3, 0)
d[37] = 2
d[16] = 6
d.update({56: 1, 57: 2})
d.pop(5, None)
d[19] = 3
d.update({20: 1, 21: 2})
d.pop(25, None)
d.pop(25, None)
d[9] = 3
d[3] = 6
d.popitem() if d else None
d[6] = 9
d.pop(48, None)
d = dict(d)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.copy()
s.discard(226169904742168848667)
s = s.copy()
s.add(486487806679863946671)
s.difference_update(range(-1, 39))
s.add(32)
s.intersection_update(o, s)
s.discard(1179)
s.add(-37)
s.add(437906433630390240518)
s.add(560)
s.intersection_update(o, s)
s = s.symmetric_difference(o)
s.pop() if s else None
s.pop() if s else None
o.add(-33)
s |= o
s = s.copy()
s.add(13)
o.add(2453)
s.add(448)
o.add(1152)
s.pop() if s else None
s.add(3346)
s.add(256)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-19] = 1
d[47] = 4
d.pop(21, None)
d.update({27: 1, 28: 2})
d[37] = 7
d.pop(14, None)
d.popitem() if d else None
d[41] = 2
d.update({39: 1, 40: 2})
d.pop(-16, None)
d[-2] = 1
d[11] = 3
d.pop(-2, None)
d[-4] = 2
d[-5] = 4
d.pop(-5, None)
d[6] = 4
d.pop(-17, None)
d[58] = 7
d[32] = 8
d[8] = 8
d[-19] = 5
d.update({-6: 1, -5: 2})
d[-8] = 3
d[25] = 6
d[-10] = 5
d[55] = 8
d.pop(40, None)
d[17] = 9
d[4] = 7
d[7] = 3
d[57] = 3
d[38] = 6
d.update({-4: 1, -3: 2})
d.update({4: 1, 5: 2})
d.pop(-2, None)
d[54] = 6
d.popitem() if d else None
d.pop(36, None)
d.pop(59, None)
d[13] = 8
d[43] = 1
d.popitem() if d else None
d.update({5: 1, 6: 2})
d.update({16: 1, 17: 2})
d.setdefault(1, 0)
d.pop(6, None)
d[-4] = 0
d[48] = 6
d[5] = 4
d[34] = 7
d.update({7: 1, 8: 2})
d.update({2: 1, 3: 2})
d.pop(9, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(-26)
s.add(4938)
s.discard(1002)
s.add(672)
s.add(-618280921094392779560)
s.discard(1899)
s.add(-849304757488673659964)
s.add(1984)
s.add(780112264119515858209)
s.add(2459)
s.discard(45)
s.add(6)
s ^= o
s |= o
s = s.union(o, [7])
s.discard(3123)
s.add(3122)
s = s & (o | set(list(s)[::2]))
s -= set(list(o)[:3])
s.add(32)
s.discard(-32710747816533983635)
s ^= o
s = s.symmetric_difference(o)
s = s.copy()
s.update(range(-34, 26, 3))
s.add(557415008360696214776)
s.intersection_update(o, s)
s |= o
s.add(608)
s = s & (o | set(list(s)[::2]))
s.add(-1100154415436026300240)
s.add(1056)
s.add(128)
s.add(732)
s.add(4705)
s ^= o
s = s.union(o, [832])
s.add(2328)
s.add(-31)
o.add(1728)
s.add(232)
s.add(-45)
s.add(1568)
s.add(2562)
s.add(84245144197759848120)
s.add(-957221668788483664352)
s.add(352)
s.add(1127)
o.add(-770757731065945712167)
s.difference_update(range(846, 886))
s = s.copy()
s.add(-176087520185369833355)
s -= set(list(o)[:3])
o.add(576)
s.add(606)
s.discard(7)
s = s.symmetric_difference(o)
s.add(-11)
s = s.union(o, [3380])
s.discard(3186)
s.add(-847055461373353244187)
s.pop() if s else None
s ^= o
s.discard(1952)
o.add(240)
s.add(16)
s.pop() if s else None
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(21, None)
d[-20] = 8
d[-5] = 5
d[4] = 9
d[58] = 6
d.pop(58, None)
d[-10] = 4
d[4] = 6
d[35] = 0
d.pop(4, None)
d.update({35: 1, 36: 2})
d[27] = 1
d.update({-13: 1, -12: 2})
d[-18] = 8
d.pop(6, None)
d[38] = 7
d[48] = 5
d.popitem() if d else None
d.setdefault(-3, 0)
d[-10] = 5
d[0] = 1
d.update({25: 1, 26: 2})
d.update({19: 1, 20: 2})
d.pop(-18, None)
d = dict(d)
d[55] = 8
d.update({12: 1, 13: 2})
d[-15] = 0
d[50] = 2
d.popitem() if d else None
d.pop(-6, None)
d[5] = 9
d[-20] = 3
d[60] = 9
d[54] = 6
d.setdefault(49, 0)
d[16] = 3
d = dict(d)
d[53] = 9
d.pop(-4, None)
d[-16] = 3
d[42] = 3
d = dict(d)
d[9] = 0
d[48] = 1
d[28] = 8
d[11] = 8
d[-15] = 3
d[-8] = 6
d.pop(46, None)
d.setdefault(33, 0)
d.update({38: 1, 39: 2})
d[27] = 9
d.update({-8: 1, -7: 2})
d.pop(-7, None)
d.popitem() if d else None
d[28] = 0
d.pop(29, None)
d.popitem() if d else None
d.update({-2: 1, -1: 2})
d[60] = 9
d[42] = 5
d.pop(-18, None)
d[6] = 3
d[52] = 5
d = dict(d)
d.pop(51, None)
d.pop(28, None)
d[11] = 2
d[32] = 6
d.popitem() if d else None
d[-11] = 7
d[56] = 6
d[9] = 1
d.pop(41, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(1568)
s ^= o
s.update(range(237913068451960848485, 237913068451960848545, 3))
s.add(-11)
s.intersection_update(o, s)
s.intersection_update(o, s)
s ^= o
o.add(-18)
s.add(1472)
s.add(3552)
s.pop() if s else None
s.add(-413638478074778695832)
s.pop() if s else None
s.discard(960)
s.discard(21)
s = s.symmetric_difference(o)
s.discard(1248)
s.discard(1248)
o.add(932091104821722076647)
s.pop() if s else None
s.discard(16)
s.discard(224)
s.add(2048)
s.discard(302125927962330853749)
s.add(18)
s.add(-48)
s.add(-41)
o.add(595)
o.add(1248)
s.add(22)
s.pop() if s else None
s -= set(list(o)[:3])
o.add(567800198015397117684)
o.add(128)
s.add(1027327170845330791143)
s.add(1088)
s.intersection_update(o, s)
s.intersection_update(o, s)
s.add(4417)
s = s.symmetric_difference(o)
s.intersection_update(o, s)
s.add(9)
s.add(64)
s.discard(-161256284912088061823)
s ^= o
s.add(480)
o.add(180)
s.add(-21)
s.add(630359866993859549762)
s.add(1952)
s.add(224)
s = s.union(o, [2744])
s.discard(4022)
s.discard(1952)
s.pop() if s else None
o.add(4350)
s = s & (o | set(list(s)[::2]))
s.add(-1061458114225136730001)
s.add(1619)
s.add(4574)
s |= o
o.add(-11)
s.add(3461)
s.discard(-1139328041650137188810)
s.add(-117357662455610740045)
s.discard(4780)
s.difference_update(range(-26, 14))
s.add(453844725482971681321)
s.intersection_update(o, s)
s.pop() if s else None
o.add(-18)
s.add(804552496930289382671)
s.add(2269)
s -= set(list(o)[:3])
s.add(52252271215048770195)
s |= o
s.discard(2546)
s.add(2670)
s = set(list(s))
s.add(726777811320165480814)
o.add(679)
s.add(1984)
s.discard(672)
s = s.union(o, [969])
s |= o
s.add(2200)
s = set(list(s))
s.add(686732777922467193604)
s.add(1696)
s.add(640)
s.add(800)
s.add(290843330451435337686)
s.discard(4294)
o.add(3904)
s.discard(514)
s.add(31)
s.intersection_update(o, s)
o.add(320)
o.add(384)
o.add(1856)
s.add(-198306349313317993933)
s -= set(list(o)[:3])
s.add(1632)
s.discard(49)
o.add(1024)
s.add(984271407124147959445)
s.discard(892365344742397116591)
s.discard(3594)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.setdefault(32, 0)
d[-13] = 5
d[49] = 0
d.pop(38, None)
d[54] = 0
d[11] = 3
d[-10] = 6
d.pop(60, None)
d.update({2: 1, 3: 2})
d[-9] = 1
d[58] = 7
d.pop(57, None)
d[-3] = 9
d = dict(d)
d.popitem() if d else None
d[42] = 5
d.setdefault(44, 0)
d[-8] = 1
d[-20] = 6
d.update({37: 1, 38: 2})
d.update({-15: 1, -14: 2})
d.update({5: 1, 6: 2})
d = dict(d)
d.pop(53, None)
d.pop(5, None)
d[3] = 4
d[-12] = 7
d[40] = 6
d.update({26: 1, 27: 2})
d.update({42: 1, 43: 2})
d.pop(16, None)
d.pop(38, None)
d[50] = 6
d[57] = 2
d.pop(5, None)
d = dict(d)
d[-15] = 3
d[47] = 8
d.pop(53, None)
d.pop(53, None)
d.pop(23, None)
d.pop(-7, None)
d.update({58: 1, 59: 2})
d[15] = 8
d[9] = 4
d.popitem() if d else None
d[7] = 9
d.update({56: 1, 57: 2})
d[21] = 5
d.update({23: 1, 24: 2})
d.pop(45, None)
d[55] = 9
d.update({24: 1, 25: 2})
d[37] = 5
d.update({26: 1, 27: 2})
d[37] = 6
d.pop(38, None)
d.pop(60, None)
d[-10] = 1
d[-4] = 1
d.setdefault(-11, 0)
d.pop(0, None)
d[13] = 0
d[26] = 2
d[-11] = 2
d[46] = 3
d[-15] = 1
d[30] = 5
d.update({-8: 1, -7: 2})
d.setdefault(40, 0)
d[25] = 3
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.difference_update(range(2419, 2459))
s ^= o
s.add(-404424094352804446295)
s.add(18)
s.discard(-31)
s.discard(18)
s = set(list(s))
s = s.symmetric_difference(o)
s.add(1141)
s.add(197)
s.add(1096827945610531261696)
s = s.union(o, [635438856217609713404])
s.add(1984)
s.discard(983919003956088074329)
s.add(1792)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(30, None)
d[47] = 2
d.pop(37, None)
d.pop(30, None)
d.pop(13, None)
d[2] = 7
d.update({38: 1, 39: 2})
d.update({-14: 1, -13: 2})
d.update({7: 1, 8: 2})
d.update({20: 1, 21: 2})
d[-12] = 2
d[-14] = 7
d.setdefault(44, 0)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.symmetric_difference(o)
s.add(-644145533694631923574)
s.discard(633954185457675313922)
s.discard(1376)
s.add(352)
s.add(-40)
s.update(range(1248, 1308, 3))
s.add(-1024062862620034073191)
s.intersection_update(o, s)
s |= o
s -= set(list(o)[:3])
s.pop() if s else None
s.intersection_update(o, s)
s.add(320)
s -= set(list(o)[:3])
s = s.symmetric_difference(o)
s.add(1696)
s = s.symmetric_difference(o)
s.add(4732)
s.add(357436457977246592720)
s.add(1632)
s.add(45950765327949967561)
s.discard(-446737427447726780849)
s.add(484347849888158954245)
s.update(range(-7, 53, 3))
s.add(2627)
s.add(800)
s.pop() if s else None
s.add(409994739425850747573)
s.add(896)
s.add(0)
s.add(480)
s = s.copy()
s.add(322573699678910353628)
s = s & (o | set(list(s)[::2]))
s.difference_update(range(-41, -1))
s.add(-503494521885795922574)
s.discard(448)
s.add(4951)
s.add(736)
s = set(list(s))
o.add(-48)
s.add(7)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[5] = 3
d[2] = 1
d.pop(16, None)
d.update({-6: 1, -5: 2})
d[39] = 1
d[41] = 1
d.update({22: 1, 23: 2})
d = dict(d)
d.pop(6, None)
d.setdefault(50, 0)
d[-12] = 2
d.pop(52, None)
d[23] = 0
d[-13] = 6
d[-7] = 2
d[40] = 3
d[28] = 4
d[3] = 0
d[41] = 4
d[41] = 3
d.update({-2: 1, -1: 2})
d.update({8: 1, 9: 2})
d.setdefault(36, 0)
d[10] = 7
d[24] = 7
d[44] = 6
d.update({42: 1, 43: 2})
d.setdefault(9, 0)
d[-11] = 9
d[-7] = 6
d.pop(41, None)
d[35] = 2
d.pop(22, None)
d.popitem() if d else None
d[14] = 5
d.pop(22, None)
d[17] = 1
d.pop(31, None)
d[57] = 2
d.setdefault(33, 0)
d[9] = 0
d[-8] = 4
d[1] = 0
d[-1] = 5
d.pop(17, None)
d[10] = 1
d[37] = 0
d[21] = 2
d.update({17: 1, 18: 2})
d[-19] = 1
d[46] = 0
d[0] = 6
d[57] = 5
d[50] = 9
d.popitem() if d else None
d[35] = 2
d.pop(41, None)
d[-10] = 8
d.popitem() if d else None
d.pop(24, None)
d[-8] = 6
d.popitem() if d else None
d[46] = 1
d[54] = 2
d[1] = 5
d[16] = 4
d[-20] = 0
d[-6] = 8
d[51] = 2
d[35] = 0
d.update({-8: 1, -7: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(-544181177517480858934)
s |= o
s.discard(40)
s.add(3588)
s.add(-656337396417839659266)
s.add(3946)
s.add(512)
s.add(950)
s.add(-24)
s.add(1359)
s.add(4564)
s.discard(14)
s.discard(160)
s.add(24)
s.add(1760)
s.add(527139483119671474165)
s.pop() if s else None
s.discard(-13)
o.add(-214109129370377248196)
o.add(-23)
s.add(1792)
s.difference_update(range(1728, 1768))
s.add(3696)
s.discard(0)
s.add(-45)
s.discard(4651)
s = set(list(s))
s = s & (o | set(list(s)[::2]))
s.add(31)
s.add(40)
s.add(3706)
s.add(3312)
s.discard(1438)
o.add(5)
s ^= o
s.add(663)
o.add(-27)
s.add(3784)
s = s.union(o, [3582])
s.add(-28)
s.add(-917055691380597434640)
o.add(-41)
o.add(0)
s = s.union(o, [1248])
s ^= o
s.pop() if s else None
s -= set(list(o)[:3])
s -= set(list(o)[:3])
s.add(20)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.setdefault(10, 0)
d.pop(8, None)
d.pop(26, None)
d.update({57: 1, 58: 2})
d[4] = 3
d[32] = 1
d[-1] = 0
d.update({19: 1, 20: 2})
d.pop(33, None)
d.update({57: 1, 58: 2})
d.pop(11, None)
d[4] = 3
d[6] = 9
d[5] = 5
d[59] = 0
d[-17] = 1
d.update({-8: 1, -7: 2})
d.update({49: 1, 50: 2})
d[2] = 8
d[3] = 7
d.popitem() if d else None
d[18] = 0
d[4] = 9
d[58] = 4
d[-11] = 0
d.pop(21, None)
d.pop(15, None)
d[30] = 8
d[5] = 5
d[47] = 5
d[53] = 3
d[19] = 1
d.update({60: 1, 61: 2})
d[-6] = 2
d[14] = 9
d.update({-18: 1, -17: 2})
d[56] = 2
d[15] = 0
d.pop(43, None)
d[60] = 3
d.pop(47, None)
d[-6] = 9
d = dict(d)
d[-3] = 5
d = dict(d)
d.update({18: 1, 19: 2})
d.pop(55, None)
d[17] = 3
d[31] = 6
d.update({53: 1, 54: 2})
d.pop(30, None)
d = dict(d)
d[20] = 9
d.pop(-9, None)
d[-13] = 8
d.pop(56, None)
d.setdefault(44, 0)
d.popitem() if d else None
d.pop(21, None)
d.update({38: 1, 39: 2})
d[-19] = 6
d.pop(5, None)
d[41] = 2
d[-14] = 2
d.pop(-15, None)
d.pop(48, None)
d[3] = 9
d.pop(49, None)
d.pop(-20, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.intersection_update(o, s)
s.add(13)
s.pop() if s else None
s.add(-8)
s.add(-41)
o.add(25)
s = s & (o | set(list(s)[::2]))
o.add(2755)
s.add(3361)
s = s.copy()
s.add(1664)
s.add(46)
s.add(1953)
s |= o
s = s.symmetric_difference(o)
s ^= o
s.add(-15)
o.add(768)
s = s.symmetric_difference(o)
o.add(12)
o.add(18)
s.add(800)
s.add(1088)
s = s.copy()
s = s & (o | set(list(s)[::2]))
s.add(608)
s.add(758588352267082948897)
s.add(-6)
s.add(-28707538201358899372)
s.add(1165514471604784617270)
s.add(3769)
s.add(2866)
s = s.copy()
s |= o
s ^= o
s.discard(800)
s.add(693194819415705949350)
s.add(4297)
s.add(1712)
s.pop() if s else None
s = s.symmetric_difference(o)
o.add(2484)
s.add(-899183913496394077100)
s |= o
s |= o
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-5] = 9
d.pop(28, None)
d.setdefault(11, 0)
d[16] = 5
d[0] = 2
d.pop(26, None)
d[-17] = 1
d.pop(5, None)
d[20] = 6
d = dict(d)
d.update({60: 1, 61: 2})
d[19] = 0
d[46] = 4
d[33] = 7
d[-13] = 6
d[5] = 0
d[-20] = 8
d.update({16: 1, 17: 2})
d.setdefault(12, 0)
d[22] = 2
d[-1] = 1
d[46] = 9
d.pop(50, None)
d[-20] = 8
d.pop(33, None)
d.setdefault(24, 0)
d.update({-4: 1, -3: 2})
d[19] = 8
d[47] = 7
d[14] = 0
d.popitem() if d else None
d[18] = 2
d = dict(d)
d.pop(-3, None)
d.pop(29, None)
d = dict(d)
d[53] = 0
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.discard(3858)
o.add(-355088917731284319315)
s = s.symmetric_difference(o)
s.discard(1122)
s.add(4782)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d = dict(d)
d[9] = 8
d[56] = 9
d[22] = 2
d.setdefault(39, 0)
d.update({35: 1, 36: 2})
d.pop(55, None)
d.update({10: 1, 11: 2})
d.update({-15: 1, -14: 2})
d[59] = 6
d[6] = 1
d.popitem() if d else None
d[39] = 4
d.pop(22, None)
d.popitem() if d else None
d.popitem() if d else None
d[-11] = 4
d.pop(37, None)
d.popitem() if d else None
d.update({-16: 1, -15: 2})
d.update({-15: 1, -14: 2})
d[44] = 5
d.pop(46, None)
d[31] = 2
d[-1] = 5
d = dict(d)
d.pop(-14, None)
d[16] = 6
d.pop(42, None)
d[-13] = 4
d.update({19: 1, 20: 2})
d[23] = 3
d[34] = 3
d.update({16: 1, 17: 2})
d[10] = 7
d[-15] = 7
d.pop(57, None)
d[29] = 5
d.pop(6, None)
d[46] = 3
d[36] = 2
d.update({54: 1, 55: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1536)
s.add(3081)
s -= set(list(o)[:3])
o.add(1042)
s.discard(17)
s.intersection_update(o, s)
s.add(36)
s.add(25)
s.add(4307)
s.pop() if s else None
o.add(40)
s |= o
s.discard(1972)
s.add(-363608062328789547135)
s.intersection_update(o, s)
s.update(range(1920, 1980, 3))
s.add(-28)
s.discard(10)
s.discard(-558129233436837534098)
s.add(544)
s.add(1568)
s.discard(0)
s.add(1504)
s.add(20)
s.add(512)
s.discard(832)
s.discard(1792)
s |= o
s.add(-36)
s.add(3750)
s.discard(1408)
s.add(2815)
s = s.copy()
s.intersection_update(o, s)
s = set(list(s))
s.add(294925853886183074360)
s.add(0)
s.add(520)
s.add(1568)
s.add(1332)
s.add(1886)
s = s.union(o, [2781])
s = s.union(o, [352])
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[9] = 2
d.pop(-1, None)
d.pop(58, None)
d[11] = 1
d[33] = 6
d[17] = 4
d[-7] = 6
d[5] = 3
d.pop(-13, None)
d = dict(d)
d.pop(19, None)
d[4] = 9
d[-17] = 9
d.pop(60, None)
d.pop(11, None)
d.update({-15: 1, -14: 2})
d[24] = 4
d[46] = 7
d.pop(-16, None)
d[41] = 3
d.pop(51, None)
d[48] = 7
d[14] = 3
d.update({-15: 1, -14: 2})
d.update({21: 1, 22: 2})
d[50] = 3
d[4] = 6
d[11] = 0
d.update({27: 1, 28: 2})
d[14] = 8
d.pop(-14, None)
d[-9] = 2
d.pop(57, None)
d.update({57: 1, 58: 2})
d[23] = 4
d.popitem() if d else None
d.update({54: 1, 55: 2})
d[37] = 8
d.update({34: 1, 35: 2})
d.setdefault(47, 0)
d[5] = 2
d.pop(33, None)
d[28] = 1
d.pop(3, None)
d.pop(-3, None)
d.setdefault(16, 0)
d[-16] = 3
d.popitem() if d else None
d[27] = 8
d.update({58: 1, 59: 2})
d.update({48: 1, 49: 2})
d.pop(53, None)
d[26] = 1
d.pop(31, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(576)
s.discard(4589)
s.add(691379174158030926320)
s.add(840653160301230892948)
s.discard(-28)
s.add(1536)
s.add(-643754788624505776448)
s.add(-1004763428095921314252)
s.pop() if s else None
s.difference_update(range(1664, 1704))
s.add(1280)
s.discard(730358858102765843594)
s.add(-314829293497866565106)
s.add(-48)
s = s.symmetric_difference(o)
s.discard(0)
s.add(-492762224102653096224)
s.add(-19)
s -= set(list(o)[:3])
s |= o
s.add(1664)
s.discard(3894)
s.add(960)
s.add(64)
s.discard(128)
s.discard(126)
s.add(823640222780334906654)
s = s.union(o, [45])
s.discard(1806)
s.add(2960)
o.add(19)
s.pop() if s else None
s.discard(1440)
s.intersection_update(o, s)
s.add(25)
s = s.union(o, [1952])
s = s.copy()
s.pop() if s else None
s.intersection_update(o, s)
s.add(-24)
s.add(1984)
s = s.symmetric_difference(o)
s.add(193)
s.update(range(288, 348, 3))
o.add(320)
s.add(944436393444106630668)
o.add(835821202432404541195)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({60: 1, 61: 2})
d.pop(35, None)
d.popitem() if d else None
d.update({50: 1, 51: 2})
d.pop(25, None)
d.update({54: 1, 55: 2})
d[16] = 4
d[1] = 0
d[27] = 1
d[21] = 1
d[4] = 8
d[7] = 6
d.popitem() if d else None
d.update({46: 1, 47: 2})
d.pop(-5, None)
d = dict(d)
d.pop(39, None)
d[-17] = 0
d[-2] = 8
d[55] = 9
d.popitem() if d else None
d[17] = 6
d.pop(43, None)
d.update({58: 1, 59: 2})
d = dict(d)
d[-16] = 0
d[5] = 0
d.setdefault(53, 0)
d.pop(-11, None)
d[10] = 1
d.popitem() if d else None
d[33] = 6
d.popitem() if d else None
d.pop(38, None)
d[58] = 9
d.update({14: 1, 15: 2})
d[5] = 1
d[44] = 6
d.pop(7, None)
d = dict(d)
d.pop(12, None)
d.setdefault(-6, 0)
d.pop(53, None)
d[-13] = 6
d = dict(d)
d[6] = 6
d[22] = 8
d.setdefault(-7, 0)
d[-3] = 4
d.pop(37, None)
d.update({59: 1, 60: 2})
d.update({47: 1, 48: 2})
d.setdefault(4, 0)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.union(o, [1])
s.add(-11)
s = s.union(o, [528624515913095779114])
s.add(1920)
s.add(64)
s.add(416)
s.add(1408)
s = s.union(o, [-45])
s |= o
s.add(3909)
s.add(2)
s.discard(1657)
s.add(624152121059271769704)
s.discard(447637420629988488588)
s.add(-651367525913393661443)
o.add(96)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[3] = 2
d.setdefault(27, 0)
d.update({51: 1, 52: 2})
d[-11] = 5
d.pop(5, None)
d[-20] = 2
d.popitem() if d else None
d[2] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s & (o | set(list(s)[::2]))
s.add(-39)
o.add(-8)
s.add(1600)
s ^= o
o.add(41)
s.pop() if s else None
s -= set(list(o)[:3])
s.add(960)
o.add(502573044258143820433)
s.add(8)
o.add(3205)
s.discard(3276)
s.discard(2729)
s.update(range(700145341758477909411, 700145341758477909471, 3))
s.add(-797028411075275224486)
s.add(-49)
o.add(-855956447565473596572)
s ^= o
s.pop() if s else None
s.add(704)
s.discard(30)
s.add(-46)
s.discard(-632059936012896981954)
o.add(727601167087780859916)
s = s.copy()
s.add(672)
s = set(list(s))
o.add(362)
s -= set(list(o)[:3])
s ^= o
s.discard(-980239575497725033195)
s |= o
s.add(12)
s.add(3189)
s.add(1268)
s.pop() if s else None
s.add(4487)
s = set(list(s))
o.add(-280709894860530667419)
s.add(320)
s.intersection_update(o, s)
s.discard(66)
s.add(2404)
s ^= o
s = s.symmetric_difference(o)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(26, None)
d.pop(35, None)
d.pop(26, None)
d[5] = 2
d.pop(41, None)
d = dict(d)
d.pop(0, None)
d[37] = 1
d.update({-20: 1, -19: 2})
d.pop(52, None)
d.pop(-9, None)
d.update({-16: 1, -15: 2})
d[9] = 2
d[50] = 9
d[36] = 3
d.pop(-18, None)
d = dict(d)
d.pop(52, None)
d[-2] = 8
d.update({-17: 1, -16: 2})
d[1] = 7
d[48] = 1
d.pop(55, None)
d[56] = 7
d[55] = 4
d.pop(12, None)
d[5] = 8
d = dict(d)
d.pop(35, None)
d[10] = 8
d.pop(45, None)
d[33] = 3
d[15] = 2
d.pop(42, None)
d[41] = 0
d.pop(-1, None)
d.pop(34, None)
d[25] = 9
d[0] = 6
d.pop(55, None)
d[-14] = 1
d.pop(-20, None)
d[46] = 9
d[-18] = 2
d[-3] = 9
d[31] = 2
d[30] = 2
d.setdefault(37, 0)
d.popitem() if d else None
d.update({33: 1, 34: 2})
d[9] = 6
d.pop(-2, None)
d.popitem() if d else None
d[47] = 3
d.update({21: 1, 22: 2})
d[14] = 0
d[-11] = 9
d[22] = 1
d[49] = 2
d[41] = 8
d.pop(34, None)
d[10] = 4
d[-7] = 7
d.setdefault(25, 0)
d[17] = 7
d[-9] = 6
d.pop(47, None)
d.pop(13, None)
d.pop(-18, None)
d.pop(-6, None)
d.setdefault(-12, 0)
d.pop(14, None)
d.update({-3: 1, -2: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1984)
s ^= o
s.difference_update(range(3475, 3515))
o.add(704)
s.intersection_update(o, s)
s |= o
s |= o
s.add(-15)
s.add(422)
s.add(896)
o.add(-50)
o.add(1984)
s.add(1664)
s.add(1504)
s.add(224)
s.add(1216)
s.add(1216)
s.pop() if s else None
s.add(4760)
s.add(-40)
o.add(1024)
s.discard(7)
s.add(576)
s.discard(6)
s.add(1109)
o.add(2955)
s.add(992)
s.add(832359544266976801887)
s.add(10)
s.discard(42)
s = s.symmetric_difference(o)
s.discard(9)
s.add(864)
s.add(3930)
s.intersection_update(o, s)
s ^= o
s.add(-4)
s.add(553774378408765329106)
o.add(1216)
s.add(689)
s.discard(4892)
s.add(-42)
s.pop() if s else None
s.discard(-34)
s.discard(992)
s.discard(352)
s.discard(672)
o.add(2195)
s.discard(-34)
s ^= o
o.add(316)
s = set(list(s))
s |= o
s.intersection_update(o, s)
s.discard(9)
s -= set(list(o)[:3])
s = set(list(s))
s.add(1504)
s.update(range(-1161251543184696166107, -1161251543184696166047, 3))
o.add(2277)
s.pop() if s else None
s.add(672)
s.intersection_update(o, s)
s.add(1504)
s.discard(4687)
s.add(2775)
s.add(800)
s.add(3316)
s.discard(15)
s.discard(1176222074544414312594)
o.add(3239)
s.difference_update(range(-18, 22))
s.add(288)
s.discard(4708)
s.discard(593)
s = s & (o | set(list(s)[::2]))
s.discard(-352061087229287730507)
s.add(485006470509975763278)
s.add(2924)
s.intersection_update(o, s)
s.discard(1888)
s.discard(2861)
s.update(range(1344, 1404, 3))
s.discard(15)
s.discard(40)
o.add(1056)
s.pop() if s else None
s.discard(1312)
s ^= o
s.intersection_update(o, s)
s.pop() if s else None
s.discard(703)
s.add(32)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({35: 1, 36: 2})
d[52] = 5
d[-14] = 8
d[-5] = 9
d.pop(1, None)
d[40] = 4
d.popitem() if d else None
d[56] = 5
d[-6] = 5
d[47] = 2
d.pop(56, None)
d.update({38: 1, 39: 2})
d[2] = 7
d[2] = 4
d[22] = 7
d[-15] = 7
d[-7] = 0
d.update({-10: 1, -9: 2})
d[32] = 0
d = dict(d)
d.update({-11: 1, -10: 2})
d.popitem() if d else None
d[32] = 4
d.setdefault(-15, 0)
d = dict(d)
d[58] = 6
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(-15)
s.intersection_update(o, s)
o.add(-512294815720454031451)
s.intersection_update(o, s)
s.add(1040339239186296974170)
s = set(list(s))
s |= o
s.add(30)
s.add(544)
s.intersection_update(o, s)
s.intersection_update(o, s)
s = s.union(o, [1920])
s.add(15)
s.add(1632)
o.add(1280)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[20] = 9
d.update({-12: 1, -11: 2})
d.update({52: 1, 53: 2})
d[40] = 1
d.popitem() if d else None
d.pop(-9, None)
d.update({23: 1, 24: 2})
d = dict(d)
d = dict(d)
d.update({3: 1, 4: 2})
d[-8] = 4
d.popitem() if d else None
d.pop(53, None)
d.setdefault(29, 0)
d[13] = 0
d[24] = 9
d[58] = 6
d.update({-1: 1, 0: 2})
d[19] = 6
d[46] = 2
d.pop(52, None)
d[4] = 7
d.setdefault(43, 0)
d[52] = 7
d.pop(-8, None)
d[45] = 7
d = dict(d)
d.setdefault(27, 0)
d.pop(27, None)
d.update({-19: 1, -18: 2})
d.pop(54, None)
d[10] = 1
d[50] = 8
d.update({-17: 1, -16: 2})
d.update({-15: 1, -14: 2})
d[-20] = 0
d.update({13: 1, 14: 2})
d[24] = 2
d = dict(d)
d[53] = 1
d.popitem() if d else None
d[-19] = 3
d[56] = 5
d[57] = 5
d.update({32: 1, 33: 2})
d.pop(37, None)
d[15] = 5
d.update({52: 1, 53: 2})
d.update({41: 1, 42: 2})
d.popitem() if d else None
d[-19] = 9
d.pop(37, None)
d.update({23: 1, 24: 2})
d[5] = 1
d.pop(-7, None)
d[30] = 3
d.pop(-9, None)
d[-20] = 7
d = dict(d)
d.pop(48, None)
d = dict(d)
d[48] = 9
d[5] = 6
d[-4] = 1
d[40] = 3
d[54] = 6
d.update({53: 1, 54: 2})
d.update({41: 1, 42: 2})
d.setdefault(3, 0)
d[59] = 8
d[18] = 4
d[-7] = 0
d.update({-4: 1, -3: 2})
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s.copy()
s.discard(-42)
s.discard(1952)
s.discard(-8)
s = s & (o | set(list(s)[::2]))
s.add(-366302591956283027550)
s.discard(3)
s.discard(-1133978678348502264078)
s.add(160)
s = set(list(s))
s.add(-9)
s.add(1344)
s.add(1823)
s.discard(4529)
s.add(0)
s.add(320)
s.add(-40)
s.pop() if s else None
s.discard(-791824115018681637757)
s.add(1216)
s.add(-9)
s.discard(2054)
s.add(832)
s.discard(-4)
s.add(37)
s.pop() if s else None
o.add(-32)
s.add(1664)
s.add(3015)
s.add(1312)
o.add(7)
s.add(-16)
s.add(1312)
s = set(list(s))
o.add(816)
s.add(1312)
o.add(3236)
s = set(list(s))
s.discard(907835144217131820614)
s.intersection_update(o, s)
s |= o
s = s.copy()
s -= set(list(o)[:3])
s.discard(544)
s = s & (o | set(list(s)[::2]))
s = s.symmetric_difference(o)
s.intersection_update(o, s)
s.add(1179)
s.add(96)
s.discard(18)
s = s.union(o, [192])
s.add(396486327221773156909)
s.add(1984)
s = s.union(o, [-499531112506240815484])
s.add(-11)
s.add(-335525120053199517058)
s.discard(128)
s.add(48488784534375342719)
s.add(-1068394809167116697964)
s.add(1440)
s.add(96)
s.pop() if s else None
s.add(1131272803447436687441)
s.discard(2016)
s.add(15)
s.discard(32)
s.difference_update(range(1, 41))
s.add(1824)
s.add(-676416747516475710078)
s = s.union(o, [4])
s ^= o
s.discard(652)
s.discard(303895679415435754252)
s |= o
s.add(-908602195588424619403)
s.discard(32)
s.add(3436)
s = set(list(s))
s = s.symmetric_difference(o)
s = s & (o | set(list(s)[::2]))
s.update(range(1504, 1564, 3))
s.discard(3327)
s.add(-37)
s |= o
o.add(-341909690716183265588)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-20] = 2
d[25] = 6
d.pop(40, None)
d.update({25: 1, 26: 2})
d[51] = 1
d.update({26: 1, 27: 2})
d[8] = 3
d.pop(55, None)
d.pop(-20, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1184)
s |= o
s.difference_update(range(-22, 18))
s.add(868)
s.add(847515997092309576956)
s.add(16)
s.add(2477)
s.add(-29)
s -= set(list(o)[:3])
o.add(53592123110927462541)
s = s.symmetric_difference(o)
s.add(412)
o.add(864)
s |= o
s.add(316331799001750699048)
s.add(704)
s.add(257)
s.add(1344)
s.discard(672)
s.add(417)
o.add(571797871675560713349)
s.add(192)
s.add(987384799601037517760)
s.add(448)
s.add(17)
s.add(1920)
o.add(-603787321843540539783)
s.add(68)
s.pop() if s else None
s = s.copy()
s.add(-587546338230892237251)
s.add(1600)
o.add(-449118753323166169663)
s.add(0)
s.add(640)
s |= o
s.intersection_update(o, s)
s = s.symmetric_difference(o)
o.add(-407377106056447246263)
s.pop() if s else None
s.add(665)
s.add(-13)
s = s.union(o, [-40])
s.discard(-397979602977792578867)
s.add(2997)
s.discard(1504)
s.add(-861512340948188460359)
s.add(1920)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-19] = 1
d[0] = 6
d[14] = 5
d.setdefault(54, 0)
d[44] = 2
d.pop(3, None)
d[30] = 5
d[54] = 4
d[15] = 6
d.update({43: 1, 44: 2})
d[38] = 6
d[-3] = 1
d = dict(d)
d.pop(-6, None)
d.setdefault(19, 0)
d.update({3: 1, 4: 2})
d.update({53: 1, 54: 2})
d.popitem() if d else None
d[46] = 2
d[41] = 1
d.update({50: 1, 51: 2})
d[18] = 8
d.setdefault(59, 0)
d.pop(55, None)
d.pop(10, None)
d[41] = 7
d[-11] = 7
d[-16] = 5
d.pop(24, None)
d.update({43: 1, 44: 2})
d[55] = 9
d.pop(35, None)
d[50] = 7
d[-12] = 8
d.pop(-17, None)
d[39] = 4
d[-20] = 0
d[43] = 6
d.pop(10, None)
d.update({18: 1, 19: 2})
d[14] = 3
d.pop(6, None)
d.pop(53, None)
d.update({41: 1, 42: 2})
d[46] = 4
d[2] = 5
d.update({51: 1, 52: 2})
d.popitem() if d else None
d.setdefault(51, 0)
d[-9] = 8
d = dict(d)
d = dict(d)
d[-5] = 1
d.update({50: 1, 51: 2})
d.popitem() if d else None
d = dict(d)
d[34] = 7
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s = s & (o | set(list(s)[::2]))
s.add(3922)
s = set(list(s))
s.add(1147)
s.add(8)
s.add(1632)
s.difference_update(range(185752898921930609278, 185752898921930609318))
s.add(-91650215688218567363)
s.add(448)
s.add(1601)
o.add(33514940673327798004)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[51] = 2
d[19] = 0
d.update({46: 1, 47: 2})
d[48] = 0
d.pop(44, None)
d.update({-8: 1, -7: 2})
d.update({9: 1, 10: 2})
d[7] = 0
d[17] = 7
d[50] = 7
d.pop(60, None)
d[11] = 1
d[31] = 8
d[18] = 5
d.pop(56, None)
d = dict(d)
d[27] = 3
d[15] = 0
d[-20] = 4
d.setdefault(12, 0)
d[50] = 5
d.update({-6: 1, -5: 2})
d.update({-20: 1, -19: 2})
d[23] = 4
d = dict(d)
d[40] = 0
d.pop(-10, None)
d.setdefault(0, 0)
d.update({-8: 1, -7: 2})
d[5] = 9
d.update({13: 1, 14: 2})
d[-9] = 1
d[52] = 6
d[4] = 6
d[23] = 3
d.pop(55, None)
d[0] = 3
d[-11] = 0
d[9] = 8
d[57] = 3
d[58] = 3
d[51] = 6
d.update({13: 1, 14: 2})
d[-5] = 0
d[5] = 9
d.pop(9, None)
d.update({14: 1, 15: 2})
d[51] = 7
d[35] = 3
d[52] = 4
d[54] = 3
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
o.add(4996)
s.add(1984)
s |= o
s.add(480)
o.add(1)
s.add(832)
s.add(526551713020405469433)
s |= o
s.pop() if s else None
s.add(3637)
s.add(-346328501389065187323)
s.add(-32)
s.discard(42)
s.discard(-522131286215062387532)
s.add(4884)
o.add(4022)
s.add(316052751614249482905)
s.difference_update(range(1271, 1311))
s = set(list(s))
s.add(-34)
o.add(-40)
s.discard(-43)
s.add(1216)
s.add(1280)
s.add(344649123408264536334)
s.add(-800962594028580333145)
s.discard(104516933508704568091)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.setdefault(60, 0)
d.pop(14, None)
d.pop(28, None)
d.pop(-20, None)
d.pop(-4, None)
d[14] = 2
d[36] = 9
d.update({-15: 1, -14: 2})
d = dict(d)
d = dict(d)
d.update({31: 1, 32: 2})
d.popitem() if d else None
d.update({58: 1, 59: 2})
d.update({34: 1, 35: 2})
d[-18] = 6
d[9] = 8
d.pop(-4, None)
d.pop(32, None)
d[33] = 9
d[37] = 1
d.update({3: 1, 4: 2})
d[5] = 3
d[21] = 4
d[11] = 4
d.pop(21, None)
d.update({11: 1, 12: 2})
d.update({10: 1, 11: 2})
d[34] = 7
d[40] = 6
d.update({-9: 1, -8: 2})
d.setdefault(26, 0)
d.pop(0, None)
d.pop(50, None)
d.pop(3, None)
d[23] = 1
d.pop(39, None)
d.pop(28, None)
d = dict(d)
d[55] = 3
d.popitem() if d else None
d[29] = 9
d = dict(d)
d[5] = 6
d.pop(39, None)
d[24] = 2
d[16] = 5
d = dict(d)
d[47] = 4
d.update({36: 1, 37: 2})
d[60] = 4
d[58] = 5
d[37] = 3
d.popitem() if d else None
d[-10] = 8
d.pop(10, None)
d.popitem() if d else None
d[34] = 0
d.pop(34, None)
d[18] = 1
d[39] = 0
d = dict(d)
d.update({-3: 1, -2: 2})
d = dict(d)
d[50] = 3
d[3] = 7
d.update({3: 1, 4: 2})
d[12] = 6
d.update({59: 1, 60: 2})
d[35] = 8
d[31] = 2
d[-15] = 6
d[18] = 9
d.setdefault(3, 0)
d[57] = 7
d[19] = 3
d.update({54: 1, 55: 2})
d[-20] = 8
d[42] = 4
d[-6] = 1
d.pop(14, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(38)
s.add(775739650853471853446)
s.add(40)
s |= o
o.add(2061)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.update({1: 1, 2: 2})
d[7] = 9
d[3] = 1
d[5] = 5
d.pop(19, None)
d.update({60: 1, 61: 2})
d[30] = 6
d.update({39: 1, 40: 2})
d = dict(d)
d.pop(10, None)
d.popitem() if d else None
d.pop(2, None)
d[54] = 3
d.update({15: 1, 16: 2})
d[59] = 7
d.pop(20, None)
d = dict(d)
d[33] = 8
d.update({29: 1, 30: 2})
d[42] = 4
d[16] = 2
d.pop(43, None)
d = dict(d)
d.popitem() if d else None
d = dict(d)
d[15] = 7
d[41] = 5
d.pop(47, None)
d.pop(-13, None)
d.setdefault(-12, 0)
d.update({11: 1, 12: 2})
d[17] = 0
d.update({22: 1, 23: 2})
d[44] = 2
d[26] = 6
d.pop(3, None)
d.update({59: 1, 60: 2})
d.pop(36, None)
d.pop(-10, None)
d[17] = 0
d.update({-14: 1, -13: 2})
d.pop(49, None)
d[28] = 5
d.pop(20, None)
d.update({15: 1, 16: 2})
d[58] = 7
d.popitem() if d else None
d = dict(d)
d.setdefault(-6, 0)
d[43] = 7
d.pop(22, None)
d[-17] = 6
d.update({37: 1, 38: 2})
d[9] = 5
d.popitem() if d else None
d[-3] = 9
d.popitem() if d else None
d.pop(40, None)
d.setdefault(6, 0)
d[-12] = 2
d.popitem() if d else None
d.update({37: 1, 38: 2})
d[-14] = 9
d[39] = 6
d.setdefault(11, 0)
d[10] = 6
d.pop(-16, None)
d[46] = 2
d[57] = 9
d.pop(48, None)
d[53] = 8
d.pop(55, None)
d.pop(57, None)
d.update({18: 1, 19: 2})
d[-17] = 9
d.pop(10, None)
d[18] = 7
d.pop(14, None)
d.pop(43, None)
d.pop(49, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.pop() if s else None
s = s.symmetric_difference(o)
s.add(384)
s.add(512)
s.add(11)
s.add(352)
s.add(4389)
s.discard(-3)
s.add(267597531493357441556)
s |= o
s.intersection_update(o, s)
s.add(4433)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(4, None)
d[22] = 0
d[37] = 1
d.pop(8, None)
d.setdefault(35, 0)
d[28] = 5
d[17] = 4
d = dict(d)
d.setdefault(-6, 0)
d.pop(38, None)
d[49] = 6
d = dict(d)
d.setdefault(47, 0)
d.pop(42, None)
d.popitem() if d else None
d.update({20: 1, 21: 2})
d[39] = 3
d.update({26: 1, 27: 2})
d.pop(7, None)
d.update({-16: 1, -15: 2})
d.setdefault(0, 0)
d[49] = 7
d.update({36: 1, 37: 2})
d[35] = 3
d.update({6: 1, 7: 2})
d[37] = 8
d.update({-17: 1, -16: 2})
d.update({11: 1, 12: 2})
d.pop(3, None)
d.pop(-20, None)
d = dict(d)
d[-6] = 8
d.pop(19, None)
d = dict(d)
d.popitem() if d else None
d.pop(-11, None)
d[19] = 7
d[-16] = 6
d[-10] = 4
d[10] = 5
d.pop(10, None)
d[35] = 1
d.update({28: 1, 29: 2})
d[-5] = 6
d.pop(20, None)
d[-5] = 3
d.setdefault(6, 0)
d[-8] = 2
d[-1] = 9
d[4] = 3
d.pop(-12, None)
d.setdefault(59, 0)
d.pop(-8, None)
d[-7] = 5
d.pop(38, None)
d[30] = 8
d.update({30: 1, 31: 2})
d = dict(d)
d[20] = 9
d.update({1: 1, 2: 2})
d[10] = 6
d[-15] = 8
d[7] = 8
d.pop(48, None)
d.setdefault(2, 0)
d.update({-17: 1, -16: 2})
d[53] = 1
d[41] = 1
d.popitem() if d else None
d[9] = 0
d.pop(24, None)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(2684)
o.add(-11)
s.add(1600)
s ^= o
s.add(2711)
o.add(4605)
s = s.union(o, [1989])
s ^= o
s.add(-42)
s = s.symmetric_difference(o)
s.discard(4049)
s.add(1503)
s.add(3059)
s.add(-597267134794707276894)
s.add(-139135985282342307520)
s.pop() if s else None
s.discard(1344)
s.add(1095387281701186666649)
s.add(1017150563149498996206)
s.intersection_update(o, s)
s.add(2870)
s.add(29)
s.discard(855)
s |= o
s.pop() if s else None
s = s & (o | set(list(s)[::2]))
s.pop() if s else None
s.discard(1102226292276554724791)
s.add(3073)
s.add(4307)
s.add(-131492956051584392484)
s.discard(693276940916177892046)
s.discard(288)
s.intersection_update(o, s)
s.add(1568)
s.add(1169297463226595019744)
s.intersection_update(o, s)
s.discard(-15812029935667300496)
s.discard(3891)
s.pop() if s else None
s.add(1792)
s.add(33)
s.add(928)
s.add(-31)
s.add(105191484280697904070)
s.add(210741040963254567439)
s.add(49)
s = set(list(s))
s.add(-404466636984568329790)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d[-8] = 5
d.pop(29, None)
d[59] = 9
d[21] = 4
d.update({43: 1, 44: 2})
d[59] = 0
d[-10] = 3
d.update({-9: 1, -8: 2})
d[60] = 0
d[2] = 7
d.update({48: 1, 49: 2})
d[-12] = 0
d.pop(18, None)
d.pop(-11, None)
d.pop(10, None)
d[11] = 1
d.update({4: 1, 5: 2})
d[31] = 2
d[-3] = 2
d[60] = 5
d.popitem() if d else None
d[-12] = 7
d[17] = 9
d.pop(18, None)
d[37] = 6
d[-4] = 2
d[-13] = 8
d.update({25: 1, 26: 2})
d[23] = 4
d.update({45: 1, 46: 2})
d[-13] = 1
d[16] = 6
d.pop(-17, None)
d = dict(d)
d.popitem() if d else None
d[37] = 1
d[59] = 4
d[54] = 9
d.setdefault(-10, 0)
d.pop(-6, None)
d.pop(-13, None)
d.update({14: 1, 15: 2})
d.popitem() if d else None
d.update({44: 1, 45: 2})
d.pop(38, None)
d.update({23: 1, 24: 2})
d.pop(41, None)
d[-12] = 2
d = dict(d)
d.update({9: 1, 10: 2})
d.pop(16, None)
d.pop(5, None)
d.pop(37, None)
d.pop(21, None)
d.update({10: 1, 11: 2})
d[53] = 0
d.pop(-5, None)
d = dict(d)
d[-13] = 7
d.setdefault(8, 0)
d.setdefault(58, 0)
d.pop(58, None)
d = dict(d)
d = dict(d)
d.update({12: 1, 13: 2})
d.update({17: 1, 18: 2})
d = dict(d)
d[30] = 8
d.popitem() if d else None
d[9] = 1
d.pop(-1, None)
d.pop(39, None)
d.popitem() if d else None
d.pop(59, None)
d.update({58: 1, 59: 2})
d[11] = 8
d.pop(20, None)
d.pop(43, None)
d[17] = 4
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(640)
s.update(range(-901901176356875362203, -901901176356875362143, 3))
s = s.symmetric_difference(o)
s = s.copy()
o.add(2059)
s.add(672)
s.add(-287731160252474021906)
s.add(-5)
s ^= o
s.add(409767769888674634867)
s.add(984126152438633995397)
s.add(673485835358225808234)
s |= o
o.add(39)
s.add(224)
s.add(1312)
s.add(-38)
o.add(960)
s ^= o
o.add(-653254784555058093688)
s.add(4152)
s.add(609)
s.add(539858148081069212635)
s.discard(1408)
s.add(4524)
s = s.copy()
s.discard(1539)
o.add(36)
s.add(-734350972515975527477)
o.add(-50)
s.add(1216)
s.update(range(-852718676960322174420, -852718676960322174360, 3))
s.discard(-6)
s -= set(list(o)[:3])
s = set(list(s))
s.discard(-863054535905989270710)
s.pop() if s else None
s.add(160)
s.add(-36)
s.add(768)
s ^= o
s.difference_update(range(705440633378721651537, 705440633378721651577))
s = s.symmetric_difference(o)
o.add(-619891619077492805314)
s.add(-12)
s.discard(756)
s.add(224)
s.add(155045241702556716257)
o.add(48)
s.add(1568)
s.add(-785032352398980806575)
s.add(-36)
s.add(4516)
s.add(-43)
s.add(-723980305266222292188)
s.pop() if s else None
s.discard(748444893109372538589)
s.add(-21)
s.intersection_update(o, s)
s.add(2659)
s.add(-438688868461979290685)
s.pop() if s else None
s |= o
s.add(-3)
s.add(-1)
s.add(1312)
s.add(992)
s = s.symmetric_difference(o)
s.discard(-362244228618132855673)
s.update(range(1152, 1212, 3))
s.add(1312)
s = s.symmetric_difference(o)
s.add(2547)
o.add(-3)
s.add(-7)
s.discard(1168358577435339693433)
s.intersection_update(o, s)
o.add(4672)
s.add(1516)
s.discard(1072882034068613378895)
s.add(1686)
s = s & (o | set(list(s)[::2]))
s.discard(-32)
s.add(12)
s.pop() if s else None
s.add(1760)
s.add(-1097598512689800900468)
s.discard(-1106657464980956057652)
s.add(822)
s.add(1088)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d = dict(d)
d[-9] = 9
d[3] = 6
d[52] = 0
d.pop(40, None)
d[8] = 1
d.update({23: 1, 24: 2})
d = dict(d)
d = dict(d)
d.popitem() if d else None
d[-20] = 5
d[29] = 1
d[1] = 0
d.setdefault(-7, 0)
d.update({24: 1, 25: 2})
d[25] = 1
d[-11] = 6
d[2] = 6
d = dict(d)
d[31] = 3
d.update({32: 1, 33: 2})
d.update({19: 1, 20: 2})
d[21] = 5
d[30] = 0
d[-6] = 0
d[-13] = 3
d[50] = 4
d.update({28: 1, 29: 2})
d[18] = 4
d = dict(d)
d[-1] = 7
d[5] = 5
d.pop(-12, None)
d[45] = 0
d = dict(d)
d = dict(d)
print(d, list(d.items())[-3:], list(reversed(d))[:3])
s = set()
o = set()
s.add(1888)
s ^= o
s.add(35)
s = s & (o | set(list(s)[::2]))
s = s & (o | set(list(s)[::2]))
s.add(-3)
s.intersection_update(o, s)
s.add(-21)
s.add(-1168338870722434160861)
s.pop() if s else None
s |= o
o.add(-47)
s.add(3744)
s.discard(672)
s = s.union(o, [410424034976400114359])
s.add(35)
s |= o
s.intersection_update(o, s)
s.intersection_update(o, s)
s.add(2444)
s.add(302780665136670920445)
s.add(928)
s.discard(696)
s.update(range(669301728418761338019, 669301728418761338079, 3))
s.add(629)
s.add(992)
s.discard(1376)
o.add(3105)
s = s.copy()
s.pop() if s else None
s.discard(1574)
s.add(-31)
s.add(2364)
s.discard(3715)
s -= set(list(o)[:3])
s = s & (o | set(list(s)[::2]))
s.add(-343641035296921502836)
s.discard(832)
s.add(-35)
s.add(1120)
s.discard(544)
o.add(2471)
s.update(range(9, 69, 3))
s = s.symmetric_difference(o)
s.add(1344)
s.update(range(-327233417169752381650, -327233417169752381590, 3))
o.add(-26)
s.discard(1123937591001921938367)
o.add(-10)
s.add(39)
s = s.symmetric_difference(o)
s.difference_update(range(-511808145693594736338, -511808145693594736298))
o.add(43)
s.discard(338436258967158046665)
s.add(192)
s.add(44)
o.add(3838)
s ^= o
s ^= o
s |= o
s.add(1728)
s.discard(-49)
s.add(4093)
s.add(31)
s.discard(864)
s.discard(-1)
s.discard(1824)
s.add(-794376221250232700818)
s.add(2340)
s.discard(3546)
s.add(34)
s.add(13)
s.add(8)
s.pop() if s else None
s -= set(list(o)[:3])
s.pop() if s else None
s.add(18)
s.discard(1280)
s.add(43)
s.add(1440)
s -= set(list(o)[:3])
s.add(-39)
s.add(-357103115313105066458)
s.discard(1110)
s.add(1063986683356580086454)
s = set(list(s))
o.add(1056)
s.discard(3758)
s.discard(416)
s.intersection_update(o, s)
s.add(30)
s.add(2445)
s.add(3174)
s.discard(19)
s |= o
s.add(742389474108043604606)
s.add(645013610985125204369)
s |= o
s.intersection_update(o, s)
s.add(1487)
s = s & (o | set(list(s)[::2]))
s.add(-105389502190274458955)
o.add(242)
s.add(206604804805718919848)
s.discard(28)
s.discard(16)
s.add(0)
s = s.union(o, [-942162419705394024064])
s = set(list(s))
s = s.copy()
s.add(516)
s |= o
o.add(-44641683511685776804)
s.add(1010521417021764520361)
print(s, len(s), hash(frozenset(s)))
print(s - o, o - s, s & o, frozenset(o))
d = {}
d.pop(20, None)
d[18] = 4
d.setdefault(37, 0)
d.update({-5: 1, -4: 2})
d.popitem() if d else None
d.pop(25, None)
d.update({20: 1, 21: 2})
d.pop(24, None)
d.pop(45, None)
d.setdefault(4, 0)
d.update({60: 1, 61: 2})
d.update({48: 1, 49: 2})
d.update({-2: 1, -1: 2})
d[44] = 7
d.pop(46, None)
d[43] = 1
d[36] = 1
d[-19] = 9
d[-10] = 9
d.pop(21, None)
d.update({10: 1, 11: 2})
d.pop(53, None)
d.setdefault(19, 0)
d[37] = 5
d.setdefault(17, 0)
d.update({41: 1, 42: 2})
d.popitem() if d else None
d.update({37: 1, 38: 2})
d.pop(6, None)
d.pop(-18, None)
d.pop(-16, None)
d[55] = 6
d[27] = 2
d = dict(d)
d[0] = 0
print(d, list(d.items())[-3:], list(reversed(d))[:3])
