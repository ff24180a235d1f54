package org.taipan.parse;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the Java charset for a Python codec name as written in a PEP 263 coding declaration,
 * normalising the name the way Python's codec registry does and resolving Python's aliases. Only
 * ASCII-compatible text codecs can declare a source encoding, so only those are known here.
 */
final class CodecNames {
    /** Python codec module name, Java charset name. */
    private static final String[] CODECS = {
            "ascii", "US-ASCII", "latin_1", "ISO-8859-1", "iso8859_2", "ISO-8859-2",
            "iso8859_3", "ISO-8859-3", "iso8859_4", "ISO-8859-4", "iso8859_5", "ISO-8859-5",
            "iso8859_6", "ISO-8859-6", "iso8859_7", "ISO-8859-7", "iso8859_8", "ISO-8859-8",
            "iso8859_9", "ISO-8859-9", "iso8859_11", "x-iso-8859-11", "iso8859_13", "ISO-8859-13",
            "iso8859_15", "ISO-8859-15", "iso8859_16", "ISO-8859-16", "cp1250", "windows-1250",
            "cp1251", "windows-1251", "cp1252", "windows-1252", "cp1253", "windows-1253",
            "cp1254", "windows-1254", "cp1255", "windows-1255", "cp1256", "windows-1256",
            "cp1257", "windows-1257", "cp1258", "windows-1258", "cp437", "IBM437",
            "cp850", "IBM850", "cp852", "IBM852", "cp855", "IBM855", "cp857", "IBM857",
            "cp858", "IBM00858", "cp862", "IBM862", "cp866", "IBM866", "cp874", "x-IBM874",
            "cp932", "windows-31j", "shift_jis", "Shift_JIS", "euc_jp", "EUC-JP",
            "euc_kr", "EUC-KR", "gbk", "GBK", "gb2312", "GB2312", "gb18030", "GB18030",
            "big5", "Big5", "big5hkscs", "Big5-HKSCS", "cp949", "x-windows-949",
            "cp950", "x-windows-950", "koi8_r", "KOI8-R", "koi8_u", "KOI8-U",
            "mac_roman", "x-MacRoman", "mac_cyrillic", "x-MacCyrillic", "mac_greek", "x-MacGreek",
            "mac_turkish", "x-MacTurkish", "mac_iceland", "x-MacIceland",
            "mac_latin2", "x-MacCentralEurope", "tis_620", "TIS-620", "utf_8", "UTF-8",
            "johab", "x-Johab", "cp775", "IBM775", "cp737", "x-IBM737", "cp860", "IBM860",
            "cp861", "IBM861", "cp863", "IBM863", "cp864", "IBM864", "cp865", "IBM865",
            "cp869", "IBM869", "cp856", "x-IBM856", "cp1006", "x-IBM1006",
    };

    /** Python alias, codec module name (from Python 3.11's encodings.aliases, for the codecs above). */
    private static final String[] ALIASES = {
            "1250", "cp1250", "1251", "cp1251", "1252", "cp1252", "1253", "cp1253",
            "1254", "cp1254", "1255", "cp1255", "1256", "cp1256", "1257", "cp1257",
            "1258", "cp1258", "437", "cp437", "646", "ascii", "775", "cp775", "850", "cp850",
            "852", "cp852", "855", "cp855", "857", "cp857", "858", "cp858", "860", "cp860",
            "861", "cp861", "862", "cp862", "863", "cp863", "864", "cp864", "865", "cp865",
            "866", "cp866", "869", "cp869", "8859", "latin_1", "932", "cp932", "936", "gbk",
            "949", "cp949", "950", "cp950", "ansi_x3.4_1968", "ascii", "ansi_x3.4_1986", "ascii",
            "ansi_x3_4_1968", "ascii", "arabic", "iso8859_6", "asmo_708", "iso8859_6",
            "big5_hkscs", "big5hkscs", "big5_tw", "big5", "chinese", "gb2312", "cp1361", "johab",
            "cp367", "ascii", "cp65001", "utf_8", "cp819", "latin_1", "cp936", "gbk",
            "cp_gr", "cp869", "cp_is", "cp861", "csascii", "ascii", "csbig5", "big5",
            "csibm855", "cp855", "csibm857", "cp857", "csibm858", "cp858", "csibm860", "cp860",
            "csibm861", "cp861", "csibm863", "cp863", "csibm864", "cp864", "csibm865", "cp865",
            "csibm866", "cp866", "csibm869", "cp869", "csiso58gb231280", "gb2312",
            "csisolatin1", "latin_1", "csisolatin2", "iso8859_2", "csisolatin3", "iso8859_3",
            "csisolatin4", "iso8859_4", "csisolatin5", "iso8859_9", "csisolatinarabic", "iso8859_6",
            "csisolatincyrillic", "iso8859_5", "csisolatingreek", "iso8859_7",
            "csisolatinhebrew", "iso8859_8", "cskoi8r", "koi8_r", "cspc775baltic", "cp775",
            "cspc850multilingual", "cp850", "cspc862latinhebrew", "cp862",
            "cspc8codepage437", "cp437", "cspcp852", "cp852", "csshiftjis", "shift_jis",
            "cyrillic", "iso8859_5", "ecma_114", "iso8859_6", "ecma_118", "iso8859_7",
            "elot_928", "iso8859_7", "euc_cn", "gb2312", "euccn", "gb2312",
            "eucgb2312_cn", "gb2312", "eucjp", "euc_jp", "euckr", "euc_kr",
            "gb18030_2000", "gb18030", "gb2312_1980", "gb2312", "gb2312_80", "gb2312",
            "greek", "iso8859_7", "greek8", "iso8859_7", "hebrew", "iso8859_8",
            "hkscs", "big5hkscs", "ibm367", "ascii", "ibm437", "cp437", "ibm775", "cp775",
            "ibm819", "latin_1", "ibm850", "cp850", "ibm852", "cp852", "ibm855", "cp855",
            "ibm857", "cp857", "ibm858", "cp858", "ibm860", "cp860", "ibm861", "cp861",
            "ibm862", "cp862", "ibm863", "cp863", "ibm864", "cp864", "ibm865", "cp865",
            "ibm866", "cp866", "ibm869", "cp869", "iso646_us", "ascii", "iso8859", "latin_1",
            "iso8859_1", "latin_1", "iso_646.irv_1991", "ascii", "iso_8859_1", "latin_1",
            "iso_8859_11", "iso8859_11", "iso_8859_11_2001", "iso8859_11",
            "iso_8859_13", "iso8859_13", "iso_8859_15", "iso8859_15", "iso_8859_16", "iso8859_16",
            "iso_8859_16_2001", "iso8859_16", "iso_8859_1_1987", "latin_1",
            "iso_8859_2", "iso8859_2", "iso_8859_2_1987", "iso8859_2", "iso_8859_3", "iso8859_3",
            "iso_8859_3_1988", "iso8859_3", "iso_8859_4", "iso8859_4",
            "iso_8859_4_1988", "iso8859_4", "iso_8859_5", "iso8859_5",
            "iso_8859_5_1988", "iso8859_5", "iso_8859_6", "iso8859_6",
            "iso_8859_6_1987", "iso8859_6", "iso_8859_7", "iso8859_7",
            "iso_8859_7_1987", "iso8859_7", "iso_8859_8", "iso8859_8",
            "iso_8859_8_1988", "iso8859_8", "iso_8859_9", "iso8859_9",
            "iso_8859_9_1989", "iso8859_9", "iso_ir_100", "latin_1", "iso_ir_101", "iso8859_2",
            "iso_ir_109", "iso8859_3", "iso_ir_110", "iso8859_4", "iso_ir_126", "iso8859_7",
            "iso_ir_127", "iso8859_6", "iso_ir_138", "iso8859_8", "iso_ir_144", "iso8859_5",
            "iso_ir_148", "iso8859_9", "iso_ir_166", "tis_620", "iso_ir_226", "iso8859_16",
            "iso_ir_58", "gb2312", "iso_ir_6", "ascii", "korean", "euc_kr", "ks_c_5601", "euc_kr",
            "ks_c_5601_1987", "euc_kr", "ks_x_1001", "euc_kr", "ksc5601", "euc_kr",
            "ksx1001", "euc_kr", "l1", "latin_1", "l10", "iso8859_16", "l2", "iso8859_2",
            "l3", "iso8859_3", "l4", "iso8859_4", "l5", "iso8859_9", "l7", "iso8859_13",
            "l9", "iso8859_15", "latin", "latin_1", "latin1", "latin_1", "latin10", "iso8859_16",
            "latin2", "iso8859_2", "latin3", "iso8859_3", "latin4", "iso8859_4",
            "latin5", "iso8859_9", "latin7", "iso8859_13", "latin9", "iso8859_15",
            "mac_centeuro", "mac_latin2", "maccentraleurope", "mac_latin2",
            "maccyrillic", "mac_cyrillic", "macgreek", "mac_greek", "maciceland", "mac_iceland",
            "macintosh", "mac_roman", "maclatin2", "mac_latin2", "macroman", "mac_roman",
            "macturkish", "mac_turkish", "ms1361", "johab", "ms932", "cp932", "ms936", "gbk",
            "ms949", "cp949", "ms950", "cp950", "ms_kanji", "cp932", "mskanji", "cp932",
            "s_jis", "shift_jis", "shiftjis", "shift_jis", "sjis", "shift_jis",
            "thai", "iso8859_11", "tis620", "tis_620", "tis_620_0", "tis_620",
            "tis_620_2529_0", "tis_620", "tis_620_2529_1", "tis_620", "u8", "utf_8",
            "u_jis", "euc_jp", "uhc", "cp949", "ujis", "euc_jp", "us", "ascii", "us_ascii", "ascii",
            "utf", "utf_8", "utf8", "utf_8", "utf8_ucs2", "utf_8", "utf8_ucs4", "utf_8",
            "windows_1250", "cp1250", "windows_1251", "cp1251", "windows_1252", "cp1252",
            "windows_1253", "cp1253", "windows_1254", "cp1254", "windows_1255", "cp1255",
            "windows_1256", "cp1256", "windows_1257", "cp1257", "windows_1258", "cp1258",
            "x_mac_japanese", "shift_jis", "x_mac_korean", "euc_kr", "x_mac_simp_chinese", "gb2312",
            "x_mac_trad_chinese", "big5",
    };

    private static final Map<String, String> JAVA_BY_CODEC = new HashMap<>();
    private static final Map<String, String> CODEC_BY_ALIAS = new HashMap<>();

    static {
        for (int i = 0; i < CODECS.length; i += 2) {
            JAVA_BY_CODEC.put(CODECS[i], CODECS[i + 1]);
        }
        for (int i = 0; i < ALIASES.length; i += 2) {
            CODEC_BY_ALIAS.put(ALIASES[i], ALIASES[i + 1]);
        }
    }

    private CodecNames() {
    }

    /** The charset for {@code name}, or null if Python would not accept it as a source encoding. */
    static Charset lookup(String name) {
        String key = normalize(name);
        String codec = CODEC_BY_ALIAS.get(key);
        if (codec == null) {
            codec = CODEC_BY_ALIAS.getOrDefault(key.replace('.', '_'), key);
        }
        String javaName = JAVA_BY_CODEC.get(codec);
        if (javaName == null || !Charset.isSupported(javaName)) {
            return null;
        }
        return Charset.forName(javaName);
    }

    /**
     * Python's codec name normalisation: lower case, and every run of characters other than
     * letters, digits and '.' becomes one '_' (none at the ends).
     */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean pendingUnderscore = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (pendingUnderscore && b.length() > 0) {
                    b.append('_');
                }
                pendingUnderscore = false;
                b.append(c);
            } else {
                pendingUnderscore = true;
            }
        }
        return b.toString();
    }
}
