#!/usr/bin/python3
"""Build data/proxy-network.graphml from the two source papers.

Every node and every tie below was taken by hand from one of two texts:

  T = Toğa, O. & Şahin, G. (2023), "Iran's identity policy pursued in its
      construction as a proxy power: the case of the Islamic Resistance
      Movement of Azerbaijan (Hüseynçilər/Husayniyyun)",
      doi:10.59886/tsbder.1300550 (full text).
  K = Kızılyurt, Ö. (2023), "The formative years of Iran's 'jihadi field
      diplomacy' in Azerbaijan", Politics, Religion & Ideology,
      doi:10.1080/21567689.2023.2262392 (English abstract and endnotes only).

The lists are data; this script only checks them and writes deterministic
GraphML (same bytes on every run).  Run with /usr/bin/python3 from the
repository root or from data/.

    /usr/bin/python3 data/build_proxy_network.py

Confidence: 'stated' = the authors say it in their own voice (a supporting
parenthetical citation does not change that); 'reported' = the text
attributes the claim ("according to sources", an investigation, interview,
press report, a named person's claim, "allegedly", "myth") or the tie is
taken only from the title of a cited work.
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "proxy-network.graphml")

T = "Toğa & Şahin 2023"
K = "Kızılyurt 2023"
CITE = {
    T: "Toğa & Şahin 2023, doi:10.59886/tsbder.1300550",
    K: "Kızılyurt 2023, doi:10.1080/21567689.2023.2262392",
}
S, R = "stated", "reported"

# Toğa & Şahin section locators (the paper numbers two sections "3.1").
ABS = "Abstract"
INTRO = "Introduction"
S1 = "§1 Theoretical Framework"
S2 = "§2 Conceptual Framework"
S3 = "§3 Originality and Limitations"
S31A = "§3.1 Iran's Strategy in the Export of the Revolution"
S31B = "§3.1 Identity-Based Threat Perceptions"
S32 = "§3.2 Formation, Activities, and Incitements"
S32M = "§3.2 Formation, Activities, and Incitements (founding myth paragraph)"
S32G = "§3.2 Formation, Activities, and Incitements (Ganja paragraph)"
S32I = "§3.2 Formation, Activities, and Incitements (insider interviews)"
S32H = "§3.2 Formation, Activities, and Incitements (Husseinov paragraphs)"
CONC = "Conclusion"
TAB = "Table 1"

# --------------------------------------------------------------------------
# Nodes: id, label (as the paper spells it), type, aliases, start, end, note
# --------------------------------------------------------------------------
NODES = []


def N(nid, label, ntype, aliases=(), start=None, end=None, note="", named=None):
    """named: {paper: locator} for a paper that names the actor but gives it no tie."""
    NODES.append(dict(id=nid, label=label, type=ntype, aliases=list(aliases),
                      start=start, end=end, note=note, named=dict(named or {})))


# States and collectives of states
N("iran", "Islamic Republic of Iran", "state", ["Iran"], start=1979,
  note="T: founded 1979; T's abstract and K treat it as the sponsor of proxy forces.")
N("azerbaijan", "Republic of Azerbaijan", "state",
  ["Azerbaijan", "Government of Baku"])
N("armenia", "Armenia", "state", [])
N("iraq", "Iraq", "state")
N("usa", "United States of America", "state", ["USA", "America"])
N("france", "France", "state")
N("israel", "Israel", "state", named={K: "note 9 (title of cited work)"})
N("turkiye", "Türkiye", "state")
N("russia", "Russia", "state")
N("ussr", "Union of Soviet Socialist Republics", "state", ["USSR", "Shuravi"], named={T: S31B},
  note="T: its disintegration opened the Caucasus to Turkish-Iranian rivalry.")
N("western_countries", "Western countries", "group", ["the West"])

# Iranian state apparatus
N("irgc", "Revolutionary Guards Corps (IRGC)", "unit", ["IRGC", "Sepāh"])
N("irgc_quds_force", "Quds Force", "unit", ["QF", "قدس نیروی"],
  note="T: runs and deploys Iran's proxy groups; K: part of a 'field' leadership acting independently of the government.")
N("basij", "Basij Force", "unit", ["Basij militia"], note="K note 76: the IRGC's paramilitary force.")
N("iran_defense_ministry", "Defense Ministry (Iran)", "unit",
  note="T names Mostafa Chamran Iran's first defense minister after the revolution.")
N("iran_foreign_ministry", "Foreign Ministry (Iran)", "unit", ["Ministry of Foreign Affairs"])
N("iran_ministry_construction_jihad", "Iranian Ministry of Construction Jihad", "unit")

# Azerbaijani state apparatus
N("az_security_services", "Azerbaijani security services", "unit",
  ["security forces of the Republic of Azerbaijan", "Azerbaijani security units"])
N("az_prosecutor_general", "Prosecutor General (Azerbaijan)", "unit")
N("az_armed_forces", "military forces of the Republic of Azerbaijan", "unit",
  ["Azerbaijani soldiers", "Azerbaijani troops", "Niruhā-ye Nezāmi-ye Jomhuri-ye Azarbāyjān"])
N("az_defence_ministry", "Defence Ministry (Azerbaijan)", "unit",
  note="K note 60 names Rahim Qaziyev Defence Minister.")
N("presidential_guard", "Prezident Qvardiyası", "unit", note="Presidential Guard; named only in the title cited in K note 58.")
N("omon", "OMON", "unit", note="K notes 68, 78, 134: forces linked to the Javadov brothers.")
N("huseynov_brigade", "Huseynov's brigade", "unit", ["Huseynov's forces"])
N("qf_first_unit", "'the first unit' formed by the QF", "unit",
  note="K note 94: Azerbaijani unit whose training the QF completed after the 1994 ceasefire.")
N("pfa_battalions", "thirty-three battalions loyal to the PFA", "unit",
  note="K note 100: about ten thousand men in total.")
N("russian_104th_airborne", "Russian 104th Airborne Division", "unit")

# Organisations and groups
N("husayniyyun", "Islamic Resistance Movement of Azerbaijan (Hüseynçilər/Husayniyyun)", "organisation",
  ["Azerbaijan Islamic Resistance Organization", "Azərbaycan İslam Müqavimət Hərəkatı",
   "Azerbaijan Islamic Resistance Movement", "Hüseynçilər", "Husayniyyun", "Husseinists",
   "Hosseinists", "Husseiniyyun", "Husseiniiyyun", "Husseiniists", "Huseyniyyun",
   "Hüseyniyyun", "Hoseyniyyun", "Huseynciler"],
  start=2015,
  note="T §3.2: founded 2015; T abstract: working against Azerbaijan since 2013, visible since 2015.")
N("hezbollah", "Lebanese Hezbollah", "organisation", ["Hezbollah (Lebanon)", "Hezbollah"], start=1982)
N("fatimiyyun", "Fatimiyyun Brigades", "organisation")
N("ansarullah", "Ansarullah", "organisation", ["Ansar Allah"])
N("daesh", "DAESH", "organisation")
N("islamic_party_az", "Islamic Party of Azerbaijan", "organisation", ["Azerbaijan Islamic Party"])
N("al_mustafa", "Al-Mustafa (university)", "organisation", ["Al-Mustafa"])
N("nur_civilization_center", "Nur Civilization Center", "organisation", ["Nur Mədəniyyət Mərkəzi"],
  start=2013, note="T: set up in Qom on 16 October 2013 according to its website.")
N("hak_yolu_institute", "Hak Yolu (institute)", "organisation",
  note="T: its website has the same name (hak_yolu_website).")
N("pfa", "PFA", "organisation", note="K note 100 uses the abbreviation only.")
N("nur_translation_company", "Nur Translation Company", "company")
N("lebanese_shiites", "Shiites in Lebanon", "group")
N("iranian_nationalists", "Iranian nationalists and pan-Iranians", "group")
N("azerbaijani_turks_in_iran", "Azerbaijani Turks living in Iran", "group",
  note="T §3.1 (Identity-Based Threat Perceptions) and Conclusion: millions of them; Iran fears they drift toward "
       "the Republic of Azerbaijan. K note 40 gives Cornell's figure of 25 million Azerbaijanis in Iran.",
  named={K: "note 40"})
N("fourteen_students", "14 madrasa students of Azerbaijani origin", "group",
  note="T §3.2: the founding myth's students, drawn from the seminaries of Qom and Mashhad.")
N("ibrahimbeyli_student_group", "group of 4-5 of the 14 students taken by Ibrahimbeyli", "group",
  note="T §3.2 (founding myth): after training the 14 were split into groups of 4-5; Ibrahimbeyli took one, "
       "which was later sent back to Syria; Elmir Zahidov was in it.")
N("students_sent_to_syria", "students sent to Syria for training (2013-2016)", "group")
N("armed_groups_syria", "armed groups in Syria", "group")
N("ganja_police", "police officers in Ganja", "group")
N("afghan_mujahideen", "Afghan Mujahideen", "group", ["Afgan Mücahitleri", "Mujahedin"])
N("karabakh_armenians", "Karabakh Armenians", "group")
N("armenians_from_lebanon_syria", "Armenians from Lebanon and Syria who led units in the First Karabakh War", "group",
  note="K note 69 names Kevork Guzelian, Manvel Egiazarian, Kharo Kakhkegian and Jirayr Sefilian among them; "
       "it names Monte Melkonian beside them.")
N("post_coup_uprising_leaders", "leaders of the military uprisings after the June 1993 coup", "group",
  note="K abstract; K does not name them.")
N("anti_aliyev_plot_fugitives", "fugitives in Russia and Iran implicated in the anti-Aliev coup plan", "group",
  note="Known only from the title cited in K note 138.")

# Financing channels (T §3.2, insider interviews)
N("funding_iranian_goods", "sale of goods donated free of charge by Iran", "funding_channel")
N("funding_drug_sales", "sale of drugs coming from Iran", "funding_channel")
N("funding_cash_couriers", "cash carried by members in and out of Iran", "funding_channel")

# Persons, T
N("tohid_ibrahimbeyli", "Tohid Ibrahimbeyli", "person",
  ["Tovhid İbrahimbeyli", "Tohid İbrahimbeyli", "Tohid İbrahimbəyli", "Ibrahimbeyli"],
  note="T: named as founder of the organisation.")
N("orhan_mammadov", "Orhan Mammadov", "person",
  note="T Table 1 lists a Telegram channel named 'Orxan Məmmədov' (tg_orxan_memmedov); T does not say he runs it.")
N("musa_esedzade", "Musa Esedzade", "person")
N("isgender_husseinov", "Isgender Husseinov", "person", ["Husseinzadeh"],
  start=1966, note="T: born 26 January 1966 in Jalilabad; in Qom since 1996; per T's sources he ranks even "
                   "higher in the organisation than Ibrahimbeyli.")
N("elmir_zahidov", "Elmir Zahidov", "person", ["Zahidov"],
  note="T gives two accounts: a student who quit training, or a senior figure in Syria.")
N("yunis_seferov", "Yunis Seferov", "person", ["Yunis Səfərov", "Seferov"],
  note="T: also held Russian citizenship.")
N("elmar_veliyev", "Elmar Veliyev", "person", ["Elmar Vəliyev"],
  note="T: mayor of Ganja.")
N("taleh_goyushov", "Taleh Hasan oglu Goyushov", "person", ["Taleh Goyushov"],
  note="T leaves unclear whether he is one of Ibrahimbeyli's relatives.")
N("habib_ibrahimli", "Habib Akbar oglu Ibrahimli", "person")
N("perviz_musayev", "Perviz Alimusa oglu Musayev", "person")
N("elmir_ziyadov", "Elmir Savadhan oglu Ziyadov", "person",
  note="Named separately from Elmir Zahidov in T; no identity asserted.")
N("ilham_aliyev", "Ilham Aliyev", "person", ["President Ilham Aliyev"],
  note="T: President of Azerbaijan.")
N("mostafa_chamran", "Mostafa Chamran", "person", ["Mustafa Çamran"],
  note="T: laid the foundations of Iran's proxy strategy in the late 1970s.")
N("qassem_soleimani", "Qassem Soleimani", "person", ["Sardār Soleymāni"],
  named={K: "note 85 (title of cited work)"})
N("ali_khamenei", "Ayatollah Khamenei", "person", ["Supreme Leader Ayatollah Khamenei"])
N("khomeini", "Ayatollah Khomeini", "person", ["Khomeini", "S. R. M. Khomeini"],
  named={K: "note 10 (title of cited work)"})
N("abolfazl_zohrevand", "Abolfazl Zohrevand", "person", ["Zohrevand", "Abulfazl Zohravand"],
  note="T: former Iranian ambassador to Afghanistan and Italy; figure in the nuclear talks.")
N("tali_bagirzadeh", "Tali Bagirzadeh", "person",
  ["Bagherzadeh", "Bagirzadeh", "Bağırzade, H. T.", "Hacı Taleh"],
  note="T: political activist of the same ideology, with no direct organic connection to the Husseinists.")

# Persons, K
N("surat_huseynov", "Surət Hüseynov", "person", ["Colonel Huseynov", "Huseynov", "Sürət Hüseynov"],
  note="K: pro-Russian leader of the June 1993 coup.")
N("heydar_aliyev", "Heydər Əliyev", "person", ["ex-Communist Aliyev", "Aliev"],
  note="K's 'Aliyev' of 1993-94; full name only in cited titles (notes 78, 129). The bare 'Aliyev' is "
       "no alias: K and T use it for two men.")
N("elchibey", "Elchibey", "person", ["President Elchibey"])
N("rahim_qaziyev", "Rahim Qaziyev", "person", ["Qaziyev"])
N("rafsanjani", "Rafsanjani", "person", ["Āyatollāh Hashemi Rafsanjani", "A.H. Rafsanjani", "Hashemi Rafsanjani"])
N("mahdi_son_of_rafsanjani", "Mahdi", "person",
  note="K note 81: Rafsanjani's son. The title cited in that note names a Mohsen Hashemi, not Mahdi; K does "
       "not say who Mohsen Hashemi is.")
N("mansur_haqiqatpur", "Mansur Haqiqatpur", "person",
  ["General Haqiqatpur", "M. Haqiqatpur", "Həqiqətpur", "Doktor Mansur Haqiqatpur"])
N("rahim_noiaqdam", "Rahim Noiaqdam", "person", ["Noaqdam", "General Rahim Noiaqdam"])
N("ali_rezai", "Ali Rezai", "person", ["Colonel Ali Rezai", "Sarhang Rezai"])
N("javad_zarif", "Javad Zarif", "person", ["Zarif"])
N("ali_akbar_salehi", "Ali Akbar Salehi", "person")
N("hossein_shariatmadari", "Hoseyn Shariatmadāri", "person", note="Named only in the title cited in K note 113.")
N("rovshan_javadov", "Rovshan Javadov", "person", ["Rövşən Cavadov", "Rövşen Cavadov", "Rovshan"],
  note="K note 68 cites a video titled 'Who killed Rövşən Cavadov?'.")
N("mahir_javadov", "Mahir Javadov", "person", ["Mahir Cavadov", "Mahir"])
N("panah_huseyn", "Pənah Hüseyn", "person")
N("monte_melkonian", "Monte Melkonian", "person")
N("kevork_guzelian", "Kevork Guzelian", "person")
N("manvel_egiazarian", "Manvel Egiazarian", "person")
N("kharo_kakhkegian", "Kharo Kakhkegian", "person")
N("jirayr_sefilian", "Jirayr Sefilian", "person")
N("musavi_ardabili", "Musavi Ardabili", "person", ["Ayatolluh Al-Uzma Musavi Ardabili"],
  note="Named only in the title cited in K note 49.")

# Places
N("qom", "Qom", "place", ["holy city of Qom"])
N("mashhad", "Mashhad", "place")
N("syria", "Syria", "place", named={K: "note 69"})
N("damascus", "Damascus", "place")
N("lebanon", "Lebanon", "place")
N("yemen", "Yemen", "place")
N("ganja", "Ganja", "place")
N("baku", "Baku", "place", [])
N("lankaran", "Lankaran", "place")
N("southern_az_regions", "southern regions of Azerbaijan", "place")
N("jalilabad", "Jalilabad", "place")
N("nardaran", "Nardaran", "place", ["Nardaran Village"])
N("absheron", "Absheron", "place")
N("karabakh", "Karabakh", "place", ["Qarebāgh"],
  named={T: INTRO + "; " + S31B})
N("kalbajar", "Kalbajar", "place", ["Kalbajar Mountains"])
N("fuzuli", "Fuzuli", "place")

# Facilities
N("qom_seminaries", "scholarly basins (seminaries) of Qom", "facility")
N("mashhad_seminaries", "scholarly basins (seminaries) of Mashhad", "facility")
N("khoy_madrasah", "Khoy Madrasah", "facility")
N("sheki_prison", "Sheki prison", "facility")
N("damascus_military_unit", "military unit near Damascus", "facility",
  note="T §3.2: training site of the founding myth; who ran it is not stated.")

# Events
N("ganja_assassination_attempt_2018", "assassination attempt on Ganja mayor Elmar Veliyev", "event",
  start=2018, end=2018, note="T: 3 July 2018.")
N("ganja_police_knife_attack", "knife attack on police officers in Ganja", "event",
  note="T: followed the assassination attempt; no date given.")
N("qom_secret_meetings", "secret meetings organised by Tohid Ibrahimbeyli in Qom", "event")
N("nardaran_events", "Nardaran events", "event", ["Nardaran hadisələri"])
N("first_karabakh_war", "First Karabakh War", "event", ["First Nagorno-Karabakh War", "FKW"],
  start=1992, note="K note 3: conflict from 1988, war from 1992; ceasefire in 1994 (K note 94).")
N("june_1993_coup", "June 1993 coup", "event", ["revolt"], start=1993, end=1993)
N("post_coup_uprisings", "subsequent military uprisings (after the June 1993 coup)", "event")
N("north_karabakh_withdrawal_1993", "withdrawal of Huseynov's forces from north Karabakh", "event",
  start=1993, end=1993, note="K note 60: reported in February 1993.")
N("kalbajar_capture_1993", "capture of Kalbajar", "event", start=1993, end=1993,
  note="K note 60: the city was occupied on 3 April 1993.")
N("fuzuli_operation_1994", "operation in Fuzuli (1994)", "event", start=1994, end=1994)
N("oct_1994_manoeuvre", "military manoeuvre of 'the first unit' (October 1994)", "event", start=1994, end=1994)
N("dam_liberation_claim", "liberation of 'the dam' as claimed by Noiaqdam", "event")
N("anti_aliyev_coup_plan", "anti-Aliev coup plan", "event",
  note="K note 138: title of a 2001 Jamestown item implicating fugitives in Russia and Iran.")
N("lebanese_civil_war", "Lebanese Civil War", "event", start=1975, end=1990)
N("syrian_civil_war", "Syrian Civil War", "event")

# Media: outlets, websites, accounts
N("nur_az_com", "Nur-Az.com", "media", note="T: website acting as the Husseinists' publishing organ.")
N("hak_yolu_website", "Hak Yolu (website)", "media")
N("ahl_al_bayt_news", "Ahl al-Bayt news website", "media")
N("tasnim", "Tasnim News Agency", "media", ["Tasnim"])
N("jahannews", "Jahannews", "media")
N("yenipress", "Yenipress", "media", ["YeniPress"])
N("tohid_youtube_channels", "YouTube channels in the name of Tohid Ibrahimbeyli (more than 25)", "media")
N("fake_account_network", "pages, groups and thousands of fake accounts (Instagram, Telegram, TikTok)", "media")

# Table 1 (T), one node per cell; the platform is added in brackets.
TABLE1 = [
    # (id, name as printed, platform, row)
    ("yt_muselman_xalq", "Müsəlman xalq – Azərbaycan araşdırma mərkəzi", "YouTube", 1),
    ("yt_az_rad_tv", "Az-Rad TV", "YouTube", 2),
    ("yt_kerime_dovleti", "Kərimə dövləti", "YouTube", 3),
    ("yt_heqiqetleri_bil", "Həqiqətləri bil", "YouTube", 4),
    ("yt_emmar_media", "Əmmar Media", "YouTube", 5),
    ("yt_eli_asiqlari_313", "Əli Aşıqları_313", "YouTube", 6),
    ("yt_virtual_muqavimet", "Virtual müqavimət", "YouTube", 7),
    ("yt_huseyniyyun_tv", "Huseyniyyun TV", "YouTube", 8),
    ("yt_hicab_az313", "HİCAB.AZ313", "YouTube", 9),
    ("yt_yagli_xeber_plus", "Yağlı Xəbər Plus", "YouTube", 10),
    ("fb_member_accounts", "Personal accounts of members of \"Huseyniyyun\"", "Facebook", 1),
    ("fb_islam_esq_dini", "İslam-Eşq Dini", "Facebook", 2),
    ("fb_heqiqetleri_bil", "Həqiqətləri bil", "Facebook", 3),
    ("fb_azeri_islam_group", "Azeri İslam Group", "Facebook", 4),
    ("fb_kerime_dovleti", "Kərimə dövləti", "Facebook", 5),
    ("tg_yagli_xeber", "Yağlı Xəbər", "Telegram", 1),
    ("tg_az_islam_inqilabina_dogru", "Azərbaycan İslam İnkılabına Doğru", "Telegram", 2),
    ("tg_zuhura_hazirliq", "Zühura Hazırlıq", "Telegram", 3),
    ("tg_hezret_zeynep_mektebi", "Həzrət Zeynep Məktəbi", "Telegram", 4),
    ("tg_orxan_memmedov", "Orxan Məmmədov", "Telegram", 5),
    ("tg_emmar_media", "Əmmar Media", "Telegram", 6),
    ("tg_az_islam_muqavimet_herekati", "Azərbaycan İslam Müqavimət Hərəkatı", "Telegram", 7),
]
# A bare channel name is an alias only where no other actor uses it: three names occur on two
# platforms, and one is also the organisation's own name.
ORGANISATION_NAME = "Azərbaycan İslam Müqavimət Hərəkatı"
SHARED_NAMES = {name for _, name, _, _ in TABLE1 if sum(n == name for _, n, _, _ in TABLE1) > 1}
SHARED_NAMES.add(ORGANISATION_NAME)
for tid, name, platform, row in TABLE1:
    kind = {"YouTube": "YouTube channel", "Facebook": "Facebook group or page",
            "Telegram": "Telegram channel"}[platform]
    note = "T Table 1, %s column, row %d" % (platform, row)
    if platform == "Telegram":
        note += " (Telegram column added by the authors)"
    else:
        note += " (from Yenipress 2022)"
    if tid == "tg_orxan_memmedov":
        note += "; bears the name of co-founder Orhan Mammadov"
    if name == ORGANISATION_NAME:
        note += "; bears the organisation's own name"
    elif name in SHARED_NAMES:
        note += "; the same name is listed on another platform"
    N(tid, "%s (%s)" % (name, platform), "media", [] if name in SHARED_NAMES else [name],
      note=note + "; " + kind + ".")

# --------------------------------------------------------------------------
# Edges.  One call per tie:
#
#   E(id, source, relation, target, paper, confidence, locator, evidence,
#     year=None, end=None, v=<verdict>, c=<class>, why=<reason>)
#
# Ties e1-e280 are those of the first pass; each carries the verdict of the
# second pass (issue 16), made by re-reading it at its locator:
#   KEPT        the locator supports the tie as coded (more supporting places
#               may have been appended to the locator; the evidence may have
#               been reworded);
#   CORRECTED   the tie was wrong or badly sourced and is fixed: its relation,
#               an endpoint, its storage (a symmetric relation is now one
#               undirected edge), its date, its confidence raised, or a
#               locator that did not support it or hid that it is a title;
#   DOWNGRADED  the claim is weakened: confidence lowered to 'reported';
#   ADDED       a tie the first pass missed (ids e281 on).
# Removed ties are listed with X() below and are not written.  c names the
# class of error (see CLASSES) and why says what was wrong.  Ids never
# change and are never reused, so an edge id means the same tie in every
# version of the file.
# --------------------------------------------------------------------------
EDGES = []
REMOVED = []
KEPT, CORRECTED, DOWNGRADED, ADDED, REMOVED_V = "kept", "corrected", "downgraded", "added", "removed"
CLASSES = {
    "title": "the claim came from the title of a cited work (as if the author stated it, "
             "or from a title that names no such actor or says the opposite)",
    "actor": "the wrong actor at one end (a workplace or city the text does not attach, "
             "an unnamed speaker or detainer turned into a named one)",
    "overstated": "the relation says more than the text (efforts in a country coded as targeting it, "
                  "a perceived threat or distrust coded as opposition, a list read as each member's act)",
    "confidence": "the confidence label did not follow the README's rule",
    "symmetry": "a symmetric relation stored as a one-way directed edge",
    "locator": "the locator did not contain the support, or did not say that the support is a title",
    "date": "a year the text does not give for the tie",
    "evidence": "the evidence paraphrase claimed something the locator does not say",
    "missing": "a tie the papers state that the first pass left out",
}


def E(eid, src, rel, dst, paper, conf, loc, ev, year=None, end=None, v=KEPT, c="", why=""):
    EDGES.append(dict(eid=eid, src=src, rel=rel, dst=dst, paper=paper, conf=conf, loc=loc,
                      ev=ev, year=year, end=end, verdict=v, cls=c, why=why))


def X(eid, src, rel, dst, paper, c, why):
    REMOVED.append(dict(eid=eid, src=src, rel=rel, dst=dst, paper=paper, verdict=REMOVED_V,
                        cls=c, why=why))


def ref(work):
    """Locator of a title in T's reference list."""
    return "References (%s, title)" % work


def note(n, title=False):
    """Locator of one endnote of K; title=True when only the cited work's title supports the tie."""
    return "note %d%s" % (n, " (title of cited work)" if title else "")


def notes(*parts):
    return "; ".join(parts)


# ---------------- Toğa & Şahin 2023 ----------------
# Abstract / Introduction
E("e1", "iran", "supports", "husayniyyun", T, S, ABS + "; " + S2,
  "Authors list the group among the proxy forces Iran backs in Azerbaijan.")
E("e2", "iran", "commands", "husayniyyun", T, S, ABS + "; " + S1,
  "Group is called Iran's proxy force in Azerbaijan, steered and managed by Iran.")
E("e3", "husayniyyun", "targets", "azerbaijan", T, S, ABS + "; " + INTRO + "; " + S2 + "; " + S31B,
  "Working toward Azerbaijan since 2013 and visibly since 2015 (the Turkish abstract says its work is "
  "aimed at Azerbaijan); Iran tried to build it against Azerbaijan; it tries to reach Azerbaijani society "
  "from Iran and pull it toward Shiism and Velayat-e Faqih.", year=2013)
E("e4", "iraq", "attacked", "iran", T, S, INTRO + "; " + S2,
  "Iraq struck the new Islamic Republic right after its founding, starting an eight-year war.")
E("e5", "western_countries", "supports", "iraq", T, S, INTRO,
  "Western states took Iraq's side in the war with Iran.")
E("e6", "usa", "supports", "iraq", T, S, INTRO, "America is named among the backers of Iraq.")
E("e7", "france", "supports", "iraq", T, S, INTRO, "France is named among the backers of Iraq.")
E("e8", "iran", "commands", "hezbollah", T, S, INTRO,
  "Hezbollah, formed in 1982, was directed by Iran as an asymmetric-warfare tool.", year=1982)
E("e281", "iran", "supports", "hezbollah", T, S, INTRO,
  "After the war with Iraq Iran set out to back the groups around it in every way; Hezbollah was formed "
  "within that policy.", year=1982, v=ADDED, c="missing")
E("e9", "hezbollah", "targets", "usa", T, S, INTRO,
  "Used against states, America among them, that backed Iraq.")
E("e10", "hezbollah", "targets", "france", T, S, INTRO,
  "Used against states, France among them, that backed Iraq.")
E("e11", "irgc_quds_force", "commands", "hezbollah", T, S, INTRO + "; " + S2,
  "Iran controls its proxy groups largely through the Quds Force, which took over managing and deploying them.")
E("e12", "irgc_quds_force", "commands", "husayniyyun", T, S, INTRO + "; " + S2,
  "The Iran-linked groups in Azerbaijan are among those Iran runs mainly via the Quds Force.")
E("e13", "iran", "supports", "armenia", T, S, INTRO,
  "Authors say Iran sided with Armenia and used its proxies to justify it; earlier charges that it "
  "backed Armenia in the First Karabakh War are called unproven.")
E("e14", "iran", "supports", "azerbaijan", T, R, INTRO,
  "Iran says it did help Azerbaijan in the First Karabakh War.")
E("e15", "iran", "trains", "az_armed_forces", T, R, INTRO,
  "A released video has Iranian commanders claiming they trained Azerbaijani soldiers.")
E("e16", "iran", "rivals", "azerbaijan", T, S, INTRO + "; " + S31B,
  "Iran-linked groups inside Azerbaijan cause tension between the two states; the authors list the current "
  "problems in their relations.",
  v=CORRECTED, c="symmetry", why="rivals is symmetric: now one undirected edge")
E("e17", "iran", "opposes", "azerbaijan", T, S, INTRO,
  "Iran took a public stance against Azerbaijan after the Second Karabakh War.",
  why="the Conclusion (also cited) only says Azerbaijan's secular order contradicts Iran's ideology; "
      "the Introduction alone supports the tie, so the locator is trimmed to it")
E("e327", "armenia", "participated_in", "first_karabakh_war", T, S, INTRO,
  "Iran was accused of backing 'Christian Armenia' rather than 'Muslim and Shiite Azerbaijan' in the First "
  "Karabakh War: the sentence makes the two states the war's sides.", v=ADDED, c="missing")
E("e328", "azerbaijan", "participated_in", "first_karabakh_war", T, S, INTRO,
  "Iran was accused of backing 'Christian Armenia' rather than 'Muslim and Shiite Azerbaijan' in the First "
  "Karabakh War: the sentence makes the two states the war's sides.", v=ADDED, c="missing")
E("e282", "iran", "distrusts", "azerbaijan", T, S, S31B + "; " + CONC,
  "Iran fears losing regional influence as Azerbaijan's grows, and its biggest worry is that the Azerbaijani "
  "Turks inside Iran drift toward the Republic of Azerbaijan's position.", v=ADDED, c="missing")
E("e283", "azerbaijan", "distrusts", "iran", T, S, S31B,
  "Iran's pressing of its sectarian policy and its funding of like-minded people in Azerbaijan cause deep "
  "unease there; the anti-system work of pro-Iranian groups counts as a security problem.",
  v=ADDED, c="missing")

# Section 1
E("e18", "husayniyyun", "emulates", "hezbollah", T, S, S1 + "; " + S32,
  "Its flag is almost the same as Hezbollah's and its logo looks alike.")
E("e19", "husayniyyun", "emulates", "irgc", T, S, S32, "Its logo is shaped like the IRGC's.")
E("e20", "azerbaijan", "opposes", "husayniyyun", T, S, S1,
  "Azerbaijan regards the organisation as a terrorist one.",
  v=CORRECTED, c="overstated",
  why="was 'proscribes': the text says Azerbaijan considers it terrorist, not that it banned or formally "
      "designated it")
E("e284", "azerbaijan", "distrusts", "husayniyyun", T, S, S2,
  "The organisation is a serious source of disquiet for Azerbaijan today.", v=ADDED, c="missing")
E("e21", "husayniyyun", "supports", "iran", T, S, S1,
  "Acts in line with the values and legitimacy claims of the Islamic Republic.")
E("e285", "husayniyyun", "active_in", "azerbaijan", T, S, S1 + "; " + CONC,
  "Called Iran's proxy force operating in Azerbaijan; today it works in the country through social media.",
  v=ADDED, c="missing")

# Section 2
E("e22", "iran", "opposes", "usa", T, S, S2, "Iran casts the United States as an oppressor and 'Great Satan'.")
E("e23", "iran", "opposes", "israel", T, S, S2, "Iran casts Israel among the oppressors it stands against.")
E("e24", "husayniyyun", "opposes", "ilham_aliyev", T, S, S2 + "; " + S31A + "; " + S31B,
  "Paints Aliyev's government as rootless, 'Hussein-less', Zionist collaborators and a puppet dictatorship; "
  "before the Second Karabakh War it blamed that government for the country's failures.")
E("e25", "husayniyyun", "located_in", "iran", T, S, S2 + "; " + S3 + "; " + CONC,
  "Most members hide in Iran and nearly all its leaders are based there; its channels broadcast from inside "
  "Iran and it now works from Iran via social media.")
E("e26", "az_security_services", "arrested", "husayniyyun", T, S, S2,
  "Many members have been captured by Azerbaijan's security bodies, above all once the Ganja attack had happened.")
E("e27", "az_security_services", "targets", "husayniyyun", T, S, S2 + "; " + CONC,
  "The Azerbaijani security forces' efforts cost the group much of its strength, above all after the Ganja "
  "attack; large operations were launched against it after the 2018 attempt on Ganja's mayor.", year=2018,
  v=CORRECTED, c="locator",
  why="the Conclusion alone does not say who ran the operations; §2 names the security forces")
E("e28", "mostafa_chamran", "organised", "lebanese_shiites", T, S, S2,
  "Chamran organised the Shiites of Lebanon (he is also said to have laid the base of the proxy strategy "
  "in the late 1970s).",
  v=CORRECTED, c="evidence",
  why="the evidence dated the organising to the late 1970s; the text dates only his laying of the proxy "
      "strategy's foundations")
E("e335", "lebanese_shiites", "located_in", "lebanon", T, S, S2,
  "The Shiites Chamran organised are those of Lebanon.", v=ADDED, c="missing")
E("e29", "mostafa_chamran", "leads", "iran_defense_ministry", T, S, S2,
  "After the revolution Chamran was the first to hold Iran's defense portfolio.")
E("e30", "iran_defense_ministry", "part_of", "iran", T, S, S2, "Ministry of the Iranian state (Chamran's post).")
E("e31", "irgc_quds_force", "part_of", "irgc", T, S, S2, "The Quds Force was set up under the IRGC.")
E("e32", "irgc", "part_of", "iran", T, S, INTRO + "; " + S2,
  "Iran runs its proxies through the Quds Force, which was set up under the Revolutionary Guards; the "
  "text treats both as arms of the Iranian state.",
  v=CORRECTED, c="locator",
  why="§2 only puts the Quds Force under the IRGC; the Introduction is where Iran is said to act through them")
E("e33", "qassem_soleimani", "leads", "irgc_quds_force", T, S, S2, "Soleimani commanded the unit for many years.")
E("e34", "ali_khamenei", "leads", "iran", T, S, S2, "Named as Iran's Supreme Leader.")
E("e35", "iran", "supports", "fatimiyyun", T, S, S2,
  "Listed among the groups through which Iran's proxy strategy operates.")
E("e36", "iran", "supports", "ansarullah", T, S, S2,
  "Listed among the groups through which Iran's proxy strategy operates.")
E("e37", "hezbollah", "located_in", "lebanon", T, S, S2, "Given as Hezbollah (Lebanon).")
E("e38", "fatimiyyun", "located_in", "syria", T, S, S2, "Given as Fatimiyyun Brigades (Syria).")
E("e39", "ansarullah", "located_in", "yemen", T, S, S2, "Given as Ansarullah (Yemen).")
E("e40", "azerbaijan", "demands_extradition_of", "husayniyyun", T, S, S2 + "; " + CONC,
  "Azerbaijan has repeatedly asked Iran to arrest and hand over the group's leaders; Iran has not responded.")

# Section 3.1 (export of the revolution)
E("e41", "al_mustafa", "affiliated_with", "iran", T, S, S31A,
  "Universities such as Al-Mustafa are named as engines of Iran's soft power.")
E("e42", "jahannews", "opposes", "ilham_aliyev", T, R, S31A + "; " + ref("Jahannews 2022"),
  "Cited for the Iranian public voicing the 'Aliyev is a puppet' line; only the cited item's headline, which "
  "calls him a puppet of America, Israel and Türkiye, shows the outlet itself saying it.",
  v=DOWNGRADED, c="title",
  why="the text says the Iranian public voices the line and cites Jahannews; that the outlet calls Aliyev a "
      "puppet is in the cited work's title only")

# Section 3.1 (identity-based threat perceptions)
E("e43", "turkiye", "rivals", "iran", T, S, S31B,
  "After the USSR broke up, Türkiye and Iran competed to fill the Caucasus power vacuum.",
  v=CORRECTED, c="symmetry", why="rivals is symmetric: now one undirected edge")
E("e44", "western_countries", "supports", "turkiye", T, S, S31B,
  "The West backed Türkiye as the secular alternative model to Iran.")
E("e45", "usa", "opposes", "iran", T, S, S31B, "Iran hoped to escape the isolation imposed on it chiefly by the USA.")
E("e46", "iranian_nationalists", "opposes", "azerbaijan", T, S, S31B + "; " + CONC,
  "Many nationalists and pan-Iranians deny that Azerbaijan is a real country and see it as land taken from Iran.")
E("e47", "abolfazl_zohrevand", "member_of", "iran", T, S, S31B,
  "Formerly Iran's ambassador in Afghanistan and in Italy; prominent in the nuclear talks.")
E("e48", "abolfazl_zohrevand", "opposes", "azerbaijan", T, S, S31B + "; " + ref("Dana 2022"),
  "In a recording leaked after the Second Karabakh War he insulted Turks and called Azerbaijan a cancer "
  "until it returns to Iran; the cited video's title speaks of annexing Azerbaijan and Nakhchivan.")
E("e49", "tali_bagirzadeh", "instigated", "nardaran_events", T, R, ref("Bağırzade 2015"),
  "Only the title of the cited 2015 video says his speech set off the Nardaran events.",
  v=CORRECTED, c="date", why="year 2015 was the video's upload date, not a date the text gives for the events")
E("e50", "nardaran_events", "located_in", "nardaran", T, R, ref("Bağırzade 2015"),
  "The events are named after Nardaran in the cited video title.")
E("e51", "azerbaijan", "affiliated_with", "israel", T, S, S31B,
  "Azerbaijan keeps relations with Israel at the highest level.")
E("e52", "azerbaijan", "affiliated_with", "western_countries", T, S, S31B,
  "Azerbaijan keeps relations with the West at the highest level and sees itself in the Euro-Atlantic security system.")

# Section 3.2: founding, founders, symbols, social media
E("e53", "tohid_ibrahimbeyli", "founded", "husayniyyun", T, S, S32 + "; " + ref("Günaz 2018"),
  "Named among those who brought the organisation together in 2015, and called its founder; the cited "
  "Günaz title says he set up the armed group with people who studied religion in Iran.", year=2015)
E("e54", "tohid_ibrahimbeyli", "affiliated_with", "irgc", T, S, S32,
  "The founders are described as directly linked to the IRGC.")
E("e55", "orhan_mammadov", "founded", "husayniyyun", T, S, S32,
  "Named among those who brought the organisation together in 2015.", year=2015)
E("e56", "orhan_mammadov", "affiliated_with", "irgc", T, S, S32,
  "The founders are described as directly linked to the IRGC.")
E("e57", "musa_esedzade", "founded", "husayniyyun", T, S, S32,
  "Named among those who brought the organisation together in 2015.", year=2015)
E("e58", "musa_esedzade", "affiliated_with", "irgc", T, S, S32,
  "The founders are described as directly linked to the IRGC.")
E("e59", "tohid_ibrahimbeyli", "publishes", "tohid_youtube_channels", T, S, S32,
  "More than 25 YouTube channels run in the founder's name.")
# Table 1: e60-e74 (YouTube and Facebook columns, from Yenipress's report of 24 October 2022) and
# e75-e81 (Telegram column, added by the authors).
for number, (tid, name, platform, row) in enumerate(TABLE1, 60):
    if platform == "Telegram":
        E("e%d" % number, "husayniyyun", "publishes", tid, T, S, "%s (Telegram, row %d)" % (TAB, row),
          "Telegram channel of the organisation, added to the table by the authors.",
          v=CORRECTED, c="date",
          why="year 2022 belongs to the press report behind the other two columns; the authors give no "
              "date for the Telegram channels they added")
    else:
        E("e%d" % number, "husayniyyun", "publishes", tid, T, R, "%s (%s, row %d)" % (TAB, platform, row),
          "Listed as one of the organisation's %s accounts in the Azerbaijani press (Yenipress, Oct 2022)."
          % platform, year=2022)
E("e82", "husayniyyun", "publishes", "fake_account_network", T, S, S32,
  "The authors say it runs dozens of religiously named pages and groups and thousands of fake accounts "
  "(citing Yenipress 2022).", year=2022,
  v=CORRECTED, c="confidence",
  why="the authors say this in their own voice with a parenthetical citation, which the README's rule "
      "counts as stated")
E("e83", "yenipress", "opposes", "husayniyyun", T, S, S32 + "; " + TAB,
  "Azerbaijani press such as Yenipress (24 Oct 2022) lists the group's channels and warns the public.", year=2022)
E("e286", "yenipress", "opposes", "iran", T, R, ref("YeniPress 2022"),
  "The cited Yenipress item is headed as a list of Iran's channels for attacking Azerbaijan.",
  v=ADDED, c="missing")
E("e287", "iran", "targets", "azerbaijan", T, R, ref("YeniPress 2022"),
  "The headline of the cited Yenipress item presents the channels as Iran's means of attacking Azerbaijan.",
  v=ADDED, c="missing")

# Section 3.2: founding myth (Müsavat 2018)
E("e84", "fourteen_students", "founded", "husayniyyun", T, R, S32M,
  "Best-known myth: the group was set up by 14 madrasa students to fight DAESH in Syria.")
E("e85", "tohid_ibrahimbeyli", "leads", "fourteen_students", T, R, S32M,
  "In the myth the 14 students are led by Ibrahimbeyli.")
E("e86", "fourteen_students", "opposes", "daesh", T, R, S32M, "Their stated purpose was to fight DAESH.")
E("e336", "daesh", "active_in", "syria", T, R, S32M,
  "The myth has the students set out to fight DAESH in Syria; the text places DAESH only in that account.",
  v=ADDED, c="missing")
E("e87", "fourteen_students", "studied_at", "qom_seminaries", T, R, S32M,
  "Students were picked from the seminaries of Qom and Mashhad.")
E("e88", "fourteen_students", "studied_at", "mashhad_seminaries", T, R, S32M,
  "Students were picked from the seminaries of Qom and Mashhad.")
E("e288", "qom_seminaries", "located_in", "qom", T, S, S32M,
  "The scholarly basins (seminaries) named are those of Qom.", v=ADDED, c="missing")
E("e289", "mashhad_seminaries", "located_in", "mashhad", T, S, S32M,
  "The scholarly basins (seminaries) named are those of Mashhad.", v=ADDED, c="missing")
E("e89", "fourteen_students", "located_in", "qom", T, R, S32M,
  "They gathered for a day in Qom, at Husseinov's workplace, before moving on.",
  v=CORRECTED, c="actor",
  why="was located_in nur_translation_company: the text places them at Husseinov's workplace in Qom and "
      "names him owner of the company, but never says the workplace is the company")
E("e90", "isgender_husseinov", "owns", "nur_translation_company", T, R, S32M,
  "Husseinov is named as owner of the translation company.")
X("e91", "nur_translation_company", "located_in", "qom", T, "actor",
  "the text puts Husseinov's workplace in Qom, not the company; nothing places the company")
E("e92", "fourteen_students", "sent_to", "damascus_military_unit", T, R, S32M,
  "They were moved to a military unit near Damascus.")
E("e93", "damascus_military_unit", "located_in", "damascus", T, R, S32M,
  "The unit lies near (in the area of) the Syrian capital.",
  v=DOWNGRADED, c="confidence",
  why="the unit is known only from the myth, so where it lay is part of that account")
E("e94", "damascus", "located_in", "syria", T, S, S32M, "Damascus is the Syrian capital.")
E("e95", "damascus_military_unit", "trains", "fourteen_students", T, R, S32M,
  "After their transfer to the unit the students went through 25 days of military training.")
E("e96", "tohid_ibrahimbeyli", "targets", "azerbaijan", T, R, S32M,
  "Per the sources he told the students to be ready for armed conflict inside Azerbaijan, not only against DAESH.")
E("e97", "tohid_ibrahimbeyli", "located_in", "syria", T, R, S32M,
  "He stayed 20 more days in Syria with one group of 4-5 students.")
E("e290", "ibrahimbeyli_student_group", "part_of", "fourteen_students", T, R, S32M,
  "After training the 14 were split into groups of four or five; this is one of them.", v=ADDED, c="missing")
E("e291", "tohid_ibrahimbeyli", "leads", "ibrahimbeyli_student_group", T, R, S32M,
  "Ibrahimbeyli took this group with him.", v=ADDED, c="missing")
E("e98", "tohid_ibrahimbeyli", "located_in", "mashhad", T, R, S32M,
  "He then went back to Mashhad, where he later reportedly insulted Zahidov.")
E("e99", "tohid_ibrahimbeyli", "dispatched", "ibrahimbeyli_student_group", T, R, S32M,
  "At his suggestion his group of four or five was sent to Syria for military training.",
  v=CORRECTED, c="actor",
  why="was dispatched fourteen_students: only the group of 4-5 he had taken was sent at his suggestion")
E("e292", "ibrahimbeyli_student_group", "sent_to", "syria", T, R, S32M,
  "The group was sent to Syria for military training.", v=ADDED, c="missing")
E("e100", "elmir_zahidov", "member_of", "ibrahimbeyli_student_group", T, R, S32M,
  "Zahidov was one of the students of that group.",
  v=CORRECTED, c="actor",
  why="was member_of fourteen_students: the text puts him in the group of 4-5 (which is part of the 14)")
E("e293", "elmir_zahidov", "sent_to", "syria", T, R, S32M,
  "He went to Syria with the group and gave up the training there after ten days.", v=ADDED, c="missing")
E("e101", "elmir_zahidov", "located_in", "mashhad", T, R, S32M,
  "He refused training after ten days and went back to Mashhad.")
E("e102", "tohid_ibrahimbeyli", "opposes", "elmir_zahidov", T, R, S32M,
  "After Zahidov came back, Ibrahimbeyli is alleged to have insulted him in Mashhad.")
E("e103", "elmir_zahidov", "studied_at", "khoy_madrasah", T, R, S32M,
  "He afterwards quit his studies at the Khoy Madrasah.", end=2018)
E("e104", "elmir_zahidov", "located_in", "azerbaijan", T, R, S32M, "He returned to Azerbaijan in 2018.", year=2018)
E("e105", "elmir_zahidov", "member_of", "husayniyyun", T, R, S32M,
  "Another source calls him one of the organisation's senior figures in Syria (contradicting the first account).")
E("e294", "elmir_zahidov", "located_in", "syria", T, R, S32M,
  "Per another source he is one of the organisation's senior figures in Syria.", v=ADDED, c="missing")
X("e106", "azerbaijan", "arrested", "elmir_zahidov", T, "actor",
  "the text says only that he was held in Sheki prison in 2021; it names no one who detained him and does "
  "not say where Sheki is (the detention stays as elmir_zahidov located_in sheki_prison)")
E("e107", "elmir_zahidov", "located_in", "sheki_prison", T, R, S32M, "Held in Sheki prison in 2021.", year=2021)
E("e108", "tohid_ibrahimbeyli", "dispatched", "students_sent_to_syria", T, R, S32M + "; " + S32H,
  "Reported to have dispatched several students for training in Syria during 2013-2016; his name stood out in "
  "that process.", year=2013, end=2016)
E("e109", "students_sent_to_syria", "sent_to", "syria", T, R, S32M,
  "Students went to Syria for training between 2013 and 2016.", year=2013, end=2016)

# Section 3.2: Ganja
E("e110", "husayniyyun", "perpetrated", "ganja_assassination_attempt_2018", T, S, S32G + "; " + CONC,
  "The attempt on the mayor is called the group's most high-profile action in Azerbaijan.", year=2018)
E("e111", "yunis_seferov", "perpetrated", "ganja_assassination_attempt_2018", T, S, S32G,
  "Seferov carried out the assassination attempt.", year=2018)
E("e112", "yunis_seferov", "attacked", "elmar_veliyev", T, S, S32G,
  "Seferov tried to kill the mayor of Ganja on 3 July 2018.", year=2018)
E("e113", "ganja_assassination_attempt_2018", "targets", "elmar_veliyev", T, S, S32G,
  "The attempt was aimed at the mayor, Elmar Veliyev.", year=2018)
E("e114", "ganja_assassination_attempt_2018", "located_in", "ganja", T, S, S2 + "; " + S32G,
  "§2 calls it the Ganja attack; Seferov is called the Ganja assassin.",
  v=CORRECTED, c="locator",
  why="the Ganja paragraph names the mayor's city but not where the attempt happened; §2's 'Ganja attack' does")
E("e115", "elmar_veliyev", "leads", "ganja", T, S, S32G, "Veliyev is the mayor of Ganja.")
E("e116", "ganja", "located_in", "azerbaijan", T, S, S32G, "Ganja is called an Azerbaijani city.")
E("e117", "yunis_seferov", "sent_to", "syria", T, S, S32G,
  "Seferov proved to be one of those who had gone to Syria for training.")
E("e118", "yunis_seferov", "sent_to", "qom", T, R, S32G,
  "Per sources he was sent to Syria by way of Qom and took part in the training for financial gain.")
E("e295", "yunis_seferov", "citizen_of", "russia", T, S, S32G,
  "He held Russian citizenship as well.", v=ADDED, c="missing")
E("e119", "tohid_ibrahimbeyli", "organised", "qom_secret_meetings", T, R, S32G,
  "The security investigation found he held secret meetings in Qom.")
E("e120", "qom_secret_meetings", "located_in", "qom", T, R, S32G, "The meetings were held in Qom.")
for number, p in enumerate(("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov", "yunis_seferov"), 121):
    E("e%d" % number, p, "participated_in", "qom_secret_meetings", T, R, S32G,
      "Per the investigation he attended Ibrahimbeyli's secret meetings in Qom"
      + (" together with the four others." if p == "yunis_seferov" else ", alongside Seferov."))
for number, p in enumerate(("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"), 126):
    E("e%d" % number, "armed_groups_syria", "trains", p, T, R, S32G,
      "Per the investigation he joined armed groups in Syria and was trained there.")
for number, p in enumerate(("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"), 296):
    E("e%d" % number, p, "member_of", "armed_groups_syria", T, R, S32G,
      "Per the investigation he joined armed groups in Syria (where he was trained).", v=ADDED, c="missing")
E("e130", "armed_groups_syria", "located_in", "syria", T, S, S32G, "Armed groups operating in Syria.")
for number, p in enumerate(("habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"), 131):
    E("e%d" % number, p, "kin_of", "tohid_ibrahimbeyli", T, S, S32G,
      "The authors call the men arrested after the knife attack Ibrahimbeyli's relatives; the investigation "
      "account names these three as his close relatives.",
      v=CORRECTED, c="confidence+symmetry",
      why="the authors state the kinship in their own voice (the arrest sentence), so stated, not reported; "
          "kin_of is symmetric and is now one undirected edge")
E("e134", "taleh_goyushov", "instigated", "ganja_police_knife_attack", T, R, S32G,
  "He was later found to have helped incite the knife attack on Ganja police.")
E("e135", "ganja_police_knife_attack", "targets", "ganja_police", T, S, S32G, "Police officers were attacked with a knife.")
E("e136", "ganja_police_knife_attack", "located_in", "ganja", T, S, S32G, "The attack happened in Ganja.")
X("e137", "az_security_services", "arrested", "taleh_goyushov", T, "actor",
  "the men arrested after the knife attack are called Ibrahimbeyli's relatives; the text does not say "
  "Goyushov was arrested, nor that he is a relative")
for number, p in enumerate(("habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"), 138):
    E("e%d" % number, "az_security_services", "arrested", p, T, S, S32G,
      "Security services detained Ibrahimbeyli's relatives right after the knife attack.")
E("e141", "az_security_services", "part_of", "azerbaijan", T, S, S32G, "Azerbaijani security services.")

# Section 3.2: extradition
E("e142", "ilham_aliyev", "leads", "azerbaijan", T, S, S32G, "Named as President of Azerbaijan.")
E("e143", "ilham_aliyev", "demands_extradition_of", "husayniyyun", T, S, S32G,
  "Aliyev personally gave the Iranian president a list of 20 names for extradition; Iran did not act on it.")
E("e144", "az_prosecutor_general", "demands_extradition_of", "husayniyyun", T, S, S32G,
  "A list of 41 people was delivered on 30 August 2022; this effort also failed.", year=2022)
E("e145", "az_prosecutor_general", "part_of", "azerbaijan", T, S, S32G, "Azerbaijan's Prosecutor General.")

# Section 3.2: insider interviews, support base and financing
for number, (place, ev) in enumerate((("southern_az_regions", "the southern regions of Azerbaijan"),
                                      ("lankaran", "Lankaran"), ("ganja", "Ganja"), ("baku", "rural Baku")), 146):
    E("e%d" % number, "husayniyyun", "active_in", place, T, R, S32I,
      "Some sources say religious discontent there has let the group find a limited base in %s." % ev,
      v=CORRECTED, c="overstated",
      why="was located_in (based in): the text says the group found a limited base of support there; it is "
          "based in Iran")
E("e300", "southern_az_regions", "located_in", "azerbaijan", T, S, S32I,
  "Named as the southern regions of Azerbaijan.", v=ADDED, c="missing")
E("e150", "iran", "supplies", "funding_iranian_goods", T, R, S32I,
  "Per sources, Iran hands over goods free of charge which are then sold in Azerbaijan.")
E("e151", "funding_iranian_goods", "funds", "husayniyyun", T, R, S32I,
  "First of three financing routes named by sources: proceeds of the donated goods.")
E("e301", "funding_iranian_goods", "flows_through", "azerbaijan", T, R, S32I,
  "The donated goods are sold in the country (Azerbaijan).", v=ADDED, c="missing")
E("e152", "funding_drug_sales", "funds", "husayniyyun", T, R, S32I,
  "Second route: money from selling drugs that also come from Iran.")
E("e302", "funding_drug_sales", "flows_through", "iran", T, R, S32I,
  "The drugs whose sale funds the group come from Iran as well.", v=ADDED, c="missing")
E("e153", "funding_cash_couriers", "funds", "husayniyyun", T, R, S32I,
  "Third route: members carrying cash on their persons in and out of Iran.")
E("e303", "funding_cash_couriers", "flows_through", "iran", T, R, S32I,
  "Members carry the cash on their persons into and out of Iran.", v=ADDED, c="missing")

# Section 3.2: Isgender Husseinov, Nur, Hak Yolu
E("e154", "isgender_husseinov", "owns", "nur_civilization_center", T, S, S32H,
  "Husseinov owns the organisation's Nur Civilization Center and its website.")
E("e304", "isgender_husseinov", "owns", "nur_az_com", T, S, S32H,
  "He owns the Center's website, and Nur-Az.com is that website (its About Us page tells of the Center's "
  "founding).", v=ADDED, c="missing")
E("e155", "isgender_husseinov", "member_of", "husayniyyun", T, S, S32H,
  "One of the organisation's most important figures, though not in the founding group; per the sources he "
  "ranks even higher than Ibrahimbeyli.")
E("e156", "nur_civilization_center", "part_of", "husayniyyun", T, S, S32H,
  "Called the organisation's Nur Civilization Center.")
E("e157", "isgender_husseinov", "born_in", "jalilabad", T, S, S32H, "Born in Jalilabad on 26 January 1966.", year=1966)
E("e158", "isgender_husseinov", "located_in", "qom", T, S, S32H,
  "Resident in Qom, together with his family, from 1996 on.", year=1996)
E("e159", "isgender_husseinov", "opposes", "azerbaijan", T, S, S32H,
  "Directly involved in activity against Azerbaijan; published anti-Azerbaijani articles.")
E("e160", "azerbaijan", "prosecutes", "isgender_husseinov", T, S, S32H,
  "Indicted in 2008 and reported to Interpol; on the state wanted list for crimes against the state.", year=2008)
E("e161", "isgender_husseinov", "affiliated_with", "iran", T, R, S32H,
  "Well connected inside Iran; per the sources he has direct links to the Iranian state.")
X("e162", "isgender_husseinov", "leads", "husayniyyun", T, "overstated",
  "the sources place him higher than Ibrahimbeyli, whom the text calls the founder, not the leader; nothing "
  "says Husseinov heads the organisation (his rank is now in the evidence of e155)")
E("e163", "isgender_husseinov", "dispatched", "students_sent_to_syria", T, R, S32H,
  "Sources show he played a key role in sending students to Syria for training.")
E("e164", "tasnim", "supports", "isgender_husseinov", T, S, S32H,
  "Tasnim interviewed him and praised him as an Azerbaijani revolutionary devoted to Khomeini.", year=2016)
E("e165", "isgender_husseinov", "supports", "khomeini", T, R, S32H,
  "Tasnim's portrait of him as full of love for Khomeini.")
E("e166", "isgender_husseinov", "founded", "hak_yolu_institute", T, S, S32H, "He first set up the Hak Yolu institute in Qom.")
E("e167", "isgender_husseinov", "founded", "hak_yolu_website", T, S, S32H, "He set up a website of the same name.")
E("e168", "hak_yolu_institute", "located_in", "qom", T, S, S32H, "The institute was set up in Qom.")
E("e169", "isgender_husseinov", "publishes", "hak_yolu_website", T, S, S32H,
  "From there he openly published anti-Azerbaijani articles.")
E("e170", "ahl_al_bayt_news", "draws_on", "isgender_husseinov", T, S, S32H,
  "The site based many of its stories on Husseinov.",
  v=CORRECTED, c="overstated",
  why="was 'supports': taking many stories from him makes him a source of the site, not someone it backs")
E("e305", "ahl_al_bayt_news", "draws_on", "hak_yolu_website", T, S, S32H,
  "The site based many of its stories on Husseinov's website (Hak Yolu).", v=ADDED, c="missing")
E("e171", "ahl_al_bayt_news", "opposes", "azerbaijan", T, S, S32H, "It publishes anti-Azerbaijani material.")
E("e172", "ahl_al_bayt_news", "affiliated_with", "iran", T, S, S32H, "Described as Iran's Ahl al-Bayt news website.")
E("e173", "isgender_husseinov", "founded", "nur_civilization_center", T, S, S32H,
  "He founded the Center in 2013; it is still active.", year=2013)
E("e174", "nur_civilization_center", "located_in", "qom", T, R, S32H,
  "Its website's 'About Us' says it was set up at a gathering in Qom on 16 Oct 2013.", year=2013)
E("e175", "isgender_husseinov", "founded", "nur_az_com", T, S, S32H, "He also founded Nur-Az.com.")
E("e176", "husayniyyun", "publishes", "nur_az_com", T, S, S32H,
  "The website serves as the Husseinists' publishing organ.")
E("e177", "nur_civilization_center", "publishes", "nur_az_com", T, S, S32H,
  "The Center's website; its 'About Us' page describes the Center's founding.")
E("e178", "nur_az_com", "opposes", "azerbaijan", T, S, S32H, "Strongly anti-Azerbaijani.")
E("e306", "nur_az_com", "supports", "iran", T, S, S32H, "Its line is pro-Iranian.", v=ADDED, c="missing")

# Conclusion
E("e179", "azerbaijan", "proscribes", "islamic_party_az", T, S, CONC,
  "The Islamic Party, active in Azerbaijan's early years, was soon banned.")
E("e180", "islamic_party_az", "affiliated_with", "iran", T, R, CONC + "; " + S31B,
  "Azerbaijan regards such parties as 'pawns' tied to Iran.")
E("e331", "islamic_party_az", "active_in", "azerbaijan", T, S, CONC + "; " + S31B,
  "The party was active in Azerbaijan's early years; its activities kept Iran's religious sway on the "
  "Azerbaijani public's agenda from independence on.", v=ADDED, c="missing")
E("e329", "azerbaijani_turks_in_iran", "located_in", "iran", T, S, S31B + "; " + CONC,
  "The Azerbaijani Turks who live in Iran, millions of them inside the country.", v=ADDED, c="missing")
E("e330", "iran", "distrusts", "azerbaijani_turks_in_iran", T, S, CONC + "; " + S31B,
  "Iran's biggest worry is that the millions of Azerbaijani Turks inside it move toward the Republic of "
  "Azerbaijan's position and away from the central government; its anti-government sentiment could turn "
  "ethnic.", v=ADDED, c="missing")

# ---------------- Kızılyurt 2023 (abstract and endnotes) ----------------
E("e181", "iran", "mediated", "armenia", K, S, notes("Abstract", note(53, True)),
  "Iran's mediation between Yerevan and Baku failed in May 1992.", year=1992)
E("e182", "iran", "mediated", "azerbaijan", K, S, notes("Abstract", note(53, True)),
  "Iran's mediation between Yerevan and Baku failed in May 1992.", year=1992)
E("e183", "iran", "active_in", "azerbaijan", K, S, "Abstract",
  "Once mediation failed, Iran stepped up its military and ideological activity inside Azerbaijan.", year=1992,
  v=CORRECTED, c="overstated",
  why="was 'targets': the abstract speaks of Iran's military and ideological efforts in Azerbaijan, not "
      "directed against it")
E("e184", "surat_huseynov", "perpetrated", "june_1993_coup", K, S, "Abstract",
  "Colonel Huseynov led the June 1993 coup.", year=1993)
E("e185", "iran", "supports", "surat_huseynov", K, S, "Abstract",
  "Iran backed the pro-Russian coup leader during the June 1993 coup.", year=1993)
E("e186", "iran", "mediated", "surat_huseynov", K, S, "Abstract",
  "Iran tried to bring Huseynov to work with ex-Communist Aliyev against Elchibey.", year=1993)
E("e187", "iran", "mediated", "heydar_aliyev", K, S, "Abstract",
  "Iran tried to bring Huseynov to work with ex-Communist Aliyev against Elchibey.", year=1993)
E("e188", "iran", "opposes", "elchibey", K, S, "Abstract",
  "Iran's aim in pairing Huseynov with Aliyev was directed against President Elchibey.", year=1993)
E("e189", "june_1993_coup", "targets", "elchibey", K, S, notes("Abstract", note(62)),
  "The coup was directed against the nationalist President Elchibey.", year=1993)
E("e190", "surat_huseynov", "affiliated_with", "russia", K, S, "Abstract", "Described as a pro-Russian coup leader.")
E("e191", "elchibey", "leads", "azerbaijan", K, S, "Abstract", "Named as the nationalist President.")
E("e192", "heydar_aliyev", "distrusts", "iran", K, S, "Abstract",
  "Aliyev later came to see that early Iranian-brokered cooperation as a grave ideological and military challenge.",
  v=CORRECTED, c="overstated",
  why="was 'opposes': the abstract speaks of a threat Aliyev perceived, not of acts or words against Iran")
E("e193", "irgc_quds_force", "affiliated_with", "post_coup_uprising_leaders", K, S, "Abstract",
  "The QF had connections to those who led the military revolts that followed the coup.",
  v=CORRECTED, c="actor",
  why="was affiliated_with the uprisings (an event): the abstract links the QF to their leaders")
E("e307", "post_coup_uprising_leaders", "perpetrated", "post_coup_uprisings", K, S, "Abstract",
  "They led the military uprisings that followed the June 1993 coup.", v=ADDED, c="missing")
E("e194", "iran", "rivals", "azerbaijan", K, S, notes("Abstract", note(18, True), note(146, True)),
  "The perceived threat and the QF links damaged Iran-Azerbaijan relations; the titles of later press items "
  "cited in the notes speak of rising tensions.",
  v=CORRECTED, c="symmetry+locator",
  why="rivals is symmetric: now one undirected edge; notes 18 and 146 support it only through titles, "
      "which the locator did not say")
E("e195", "iran_ministry_construction_jihad", "supports", "hezbollah", K, R, note(8, True),
  "Cited article is about the ministry serving Hezbollah in Lebanon in 1988-2003.", year=1988, end=2003)
E("e308", "iran_ministry_construction_jihad", "active_in", "lebanon", K, R, note(8, True),
  "The cited article's title places the ministry's work for Hezbollah in Lebanon, 1988-2003.",
  year=1988, end=2003, v=ADDED, c="missing")
E("e196", "iran_ministry_construction_jihad", "part_of", "iran", K, R, note(8, True),
  "Named in the cited title as an Iranian ministry.")
E("e197", "iran", "supports", "hezbollah", K, R, note(8),
  "Taremi is cited as seeing ideology as the main driver of Iran's support for Hezbollah.")
E("e198", "javad_zarif", "leads", "iran_foreign_ministry", K, R, note(12, True),
  "A cited article's title calls Zarif Iran's top diplomat at the Foreign Ministry.")
E("e199", "ali_akbar_salehi", "leads", "iran_foreign_ministry", K, S, note(40),
  "Salehi was then Minister of Foreign Affairs in 2012.", year=2012)
E("e200", "iran_foreign_ministry", "part_of", "iran", K, S, note(40), "Iran's Ministry of Foreign Affairs.")
E("e309", "ansarullah", "located_in", "yemen", K, R, note(38, True),
  "A cited article's title calls Ansar Allah a Yemeni movement.", v=ADDED, c="missing")
E("e201", "nardaran", "located_in", "absheron", K, R, note(42, True),
  "The cited chapter's title places Nardaran village in Absheron.")
E("e202", "musavi_ardabili", "visited", "ussr", K, R, note(49, True),
  "A cited newspaper title is about the ayatollah's trip to the Soviet Union.")
E("e310", "first_karabakh_war", "located_in", "karabakh", K, S, note(3),
  "The conflict over Karabakh, begun in 1988, became a war in 1992.", year=1992, v=ADDED, c="missing")
E("e203", "surat_huseynov", "opposes", "elchibey", K, S, note(60),
  "In late 1992 Huseynov challenged Elchibey.", year=1992)
E("e204", "rahim_qaziyev", "opposes", "elchibey", K, S, note(60),
  "In late 1992 Defence Minister Qaziyev challenged Elchibey.", year=1992)
E("e205", "rahim_qaziyev", "leads", "az_defence_ministry", K, S, note(60),
  "Qaziyev was Defence Minister until he resigned after the 1993 withdrawal affair.", year=1992, end=1993)
E("e206", "az_defence_ministry", "part_of", "azerbaijan", K, S, note(60), "Azerbaijan's defence ministry.")
E("e207", "surat_huseynov", "leads", "huseynov_brigade", K, S, note(60), "Huseynov commanded his own brigade.")
E("e208", "huseynov_brigade", "perpetrated", "north_karabakh_withdrawal_1993", K, R, note(60),
  "Reports in February 1993 said his forces deliberately pulled out, leaving besieged soldiers behind.", year=1993)
E("e209", "north_karabakh_withdrawal_1993", "located_in", "karabakh", K, S, note(60),
  "The pull-out was from north Karabakh.")
E("e210", "rahim_qaziyev", "participated_in", "north_karabakh_withdrawal_1993", K, R, note(60),
  "He resigned because of his assumed involvement.", year=1993)
E("e211", "elchibey", "dismissed", "surat_huseynov", K, S, note(60),
  "Elchibey removed Huseynov after the withdrawal reports.", year=1993)
E("e212", "huseynov_brigade", "sent_to", "ganja", K, S, note(60),
  "Huseynov pulled his brigade back to Ganja, which left Kalbajar exposed.", year=1993)
E("e213", "karabakh_armenians", "perpetrated", "kalbajar_capture_1993", K, S, note(60),
  "Karabakh Armenians used the gap to take the eastern Kalbajar highlands; the city fell on 3 April 1993.", year=1993)
E("e214", "armenia", "participated_in", "kalbajar_capture_1993", K, S, note(60),
  "Troops from Armenia helped on the western front.", year=1993)
E("e332", "armenia", "supports", "karabakh_armenians", K, S, note(60),
  "Troops from Armenia assisted the Karabakh Armenians on the western front in taking Kalbajar.", year=1993,
  v=ADDED, c="missing")
E("e215", "kalbajar_capture_1993", "located_in", "kalbajar", K, S, note(60), "In the Kalbajar mountains and city.")
E("e216", "russian_104th_airborne", "supplies", "surat_huseynov", K, R, note(62),
  "Goltz reported that the division left its entire arsenal to Huseynov as Russian forces were being asked to quit Azerbaijan.")
E("e217", "russian_104th_airborne", "part_of", "russia", K, S, note(62), "A Russian airborne division.")
E("e311", "russian_104th_airborne", "located_in", "azerbaijan", K, R, note(62),
  "Per Goltz, Russian troops, the division among them, were in Azerbaijan until Elchibey's government asked "
  "them to leave.", v=ADDED, c="missing")
E("e218", "elchibey", "opposes", "russia", K, R, note(62),
  "Per Goltz, Elchibey's government told Russian forces to withdraw from the country.")
X("e219", "russia", "supports", "surat_huseynov", K, "title",
  "rested on the title 'The Hidden Russian Hand', which names no one as Russia's client; the arms Goltz "
  "reports went from the 104th Airborne Division to Huseynov (e216)")
E("e220", "june_1993_coup", "located_in", "ganja", K, S, notes(note(60), note(62)),
  "Huseynov had moved his brigade to Ganja, and Goltz reported from Ganja during the days of the revolt.",
  v=CORRECTED, c="locator",
  why="note 62 alone has only Goltz travelling to Ganja during the revolt; note 60 puts Huseynov's brigade "
      "there (K never names the coup's location in one sentence)")
E("e221", "panah_huseyn", "attacked", "presidential_guard", K, R, note(58, True),
  "A cited video title has Surət Hüseynov saying Pənah Hüseyn had Presidential Guard soldiers shot.")
E("e312", "surat_huseynov", "opposes", "panah_huseyn", K, R, note(58, True),
  "In a cited video title Surət Hüseynov accuses Pənah Hüseyn of having guardsmen shot.", v=ADDED, c="missing")
for number, p in zip((222, 224, 226, 228, 230),
                     ("monte_melkonian", "kevork_guzelian", "manvel_egiazarian", "kharo_kakhkegian", "jirayr_sefilian")):
    E("e%d" % number, p, "participated_in", "first_karabakh_war", K, S, note(69),
      "Led one of the units in the war (note 69 names him among the Armenians from the Middle East who did).")
    X("e%d" % (number + 1), p, "participated_in", "lebanese_civil_war", K, "overstated",
      "note 69 says the Armenians from Lebanon and Syria had been in earlier Middle East conflicts, the "
      "Lebanese Civil War the chief one; it does not say each named man fought in that war (now e313-e317: "
      "the group took part, the four named in it are members)")
E("e313", "armenians_from_lebanon_syria", "participated_in", "lebanese_civil_war", K, S, note(69),
  "These Armenians had been in earlier Middle East conflicts, above all the 1975-1990 Lebanese Civil War.",
  v=ADDED, c="missing")
for number, p in enumerate(("kevork_guzelian", "manvel_egiazarian", "kharo_kakhkegian", "jirayr_sefilian"), 314):
    E("e%d" % number, p, "member_of", "armenians_from_lebanon_syria", K, S, note(69),
      "Named as one of the Armenians from Lebanon and Syria who led units in the war.", v=ADDED, c="missing")
E("e333", "armenians_from_lebanon_syria", "participated_in", "first_karabakh_war", K, S, note(69),
  "The Armenians from Lebanon and Syria named in the note led different units in the war.",
  v=ADDED, c="missing")
E("e232", "azerbaijan", "recruits", "afghan_mujahideen", K, R, note(72, True),
  "A 1993 newspaper title says Azerbaijan hired Afghan mujahideen to fight Armenia.", year=1993)
E("e233", "afghan_mujahideen", "participated_in", "first_karabakh_war", K, R,
  notes(note(71, True), note(72, True), note(74, True)),
  "Cited titles speak of mujahideen fighting in the Karabakh war.")
E("e234", "rafsanjani", "visited", "karabakh", K, R, notes(note(73, True), note(80, True)),
  "A cited item's title is an account of Rafsanjani's presence in the Karabakh region.")
E("e235", "iran", "supplies", "azerbaijan", K, R, notes(note(75), note(87, True), note(114, True)),
  "Accounts differ: Rafsanjani's memoirs show Iran only weighing a USD 30m ammunition sale in 1993 (note 75); "
  "cited titles speak of a plane-load of ammunition and USD 30m of arms aid actually given (notes 87, 114).",
  v=CORRECTED, c="locator",
  why="the supply rests only on the titles in notes 87 and 114, which the locator did not say; note 75 "
      "shows only a sale being considered")
E("e236", "rahim_noiaqdam", "member_of", "irgc_quds_force", K, S, note(76),
  "One of the main QF field commanders in the Syrian Civil War.")
E("e237", "rahim_noiaqdam", "participated_in", "syrian_civil_war", K, S, note(76), "QF field commander in the Syrian war.")
E("e238", "irgc_quds_force", "participated_in", "syrian_civil_war", K, S, note(76),
  "The QF had field commanders in the Syrian war.")
E("e239", "rahim_noiaqdam", "perpetrated", "dam_liberation_claim", K, R, note(76),
  "He claimed that he and eleven Basij men retook the dam and returned it to Azerbaijani control.")
E("e240", "basij", "participated_in", "dam_liberation_claim", K, R, note(76),
  "Eleven of its members took part, per Noiaqdam's claim.")
E("e241", "basij", "part_of", "irgc", K, S, note(76), "The IRGC's paramilitary Basij Force.")
E("e242", "rahim_noiaqdam", "opposes", "az_armed_forces", K, S, note(76), "He humiliated Azerbaijani troops in his account.")
E("e334", "rahim_noiaqdam", "supports", "azerbaijan", K, R, note(76),
  "He claims that he retook the dam with eleven Basij men and gave it back to Azerbaijan.",
  v=ADDED, c="missing")
X("e243", "iran", "participated_in", "first_karabakh_war", K, "title",
  "the title cited in note 76 is about why Iran did NOT enter the Karabakh conflict, and the title cited in "
  "note 88 has an unnamed speaker who says he commanded operations to liberate Karabakh; neither says Iran "
  "took part")
E("e244", "iran", "supports", "omon", K, R, note(78),
  "Mahir Javadov claims Iran stepped in during a 1994 Fuzuli operation to rescue besieged OMON forces.", year=1994)
E("e245", "iran", "supports", "rovshan_javadov", K, R, note(78),
  "Mahir Javadov claims Iran rescued the besieged Javadov brothers in Fuzuli in 1994.", year=1994)
E("e246", "iran", "supports", "mahir_javadov", K, R, note(78),
  "Mahir Javadov claims Iran rescued the besieged Javadov brothers in Fuzuli in 1994.", year=1994)
E("e318", "iran", "participated_in", "fuzuli_operation_1994", K, R, note(78),
  "Mahir Javadov claims Iran intervened during the 1994 operation in Fuzuli.", year=1994, v=ADDED, c="missing")
E("e247", "omon", "participated_in", "fuzuli_operation_1994", K, R, note(78),
  "OMON forces were besieged in the Fuzuli operation, per Mahir Javadov.", year=1994)
E("e319", "rovshan_javadov", "participated_in", "fuzuli_operation_1994", K, R, note(78),
  "The Javadov brothers were among those besieged in the operation, per Mahir Javadov.", year=1994,
  v=ADDED, c="missing")
E("e320", "mahir_javadov", "participated_in", "fuzuli_operation_1994", K, R, note(78),
  "The Javadov brothers were among those besieged in the operation, per Mahir Javadov.", year=1994,
  v=ADDED, c="missing")
E("e248", "fuzuli_operation_1994", "located_in", "fuzuli", K, R, note(78),
  "The operation took place in Fuzuli, per Mahir Javadov.",
  v=DOWNGRADED, c="confidence",
  why="the operation is known only from Mahir Javadov's claim, so its place is part of that claim")
E("e249", "mahir_javadov", "kin_of", "rovshan_javadov", K, R, notes(note(72, True), note(78)),
  "A cited title calls Mahir Rovshan Javadov's brother; Mahir's claim in note 78 speaks of the Javadov brothers.",
  v=CORRECTED, c="symmetry",
  why="kin_of is symmetric: now one undirected edge")
E("e250", "rovshan_javadov", "affiliated_with", "omon", K, R, notes(note(68, True), note(78), note(134)),
  "A cited title links Rovshan Javadov to OMON; Mahir's claims have OMON and the brothers besieged together "
  "(note 78) and set apart the OMON men around Aliyev at the airport as not loyal to the Javadovs (note 134).",
  v=CORRECTED, c="locator+evidence",
  why="note 68 supports it only through a title, which the locator did not say; the evidence said some OMON "
      "men were loyal to the Javadovs, which note 134 only implies by setting apart those who were not")
E("e251", "heydar_aliyev", "opposes", "rovshan_javadov", K, R,
  notes(note(78, True), note(129, True), note(131, True)),
  "Mahir Javadov says Heydər Əliyev was set on destroying his brother (title of a cited video).",
  v=CORRECTED, c="overstated",
  why="was 'targets': the title speaks of what Aliyev wanted, hostility, not of operations he directed "
      "at Javadov")
E("e321", "mahir_javadov", "opposes", "heydar_aliyev", K, R,
  notes(note(78, True), note(129, True), note(131, True)),
  "In a cited video title Mahir Javadov accuses Heydər Əliyev of wanting to destroy his brother.",
  v=ADDED, c="missing")
E("e252", "elchibey", "affiliated_with", "rovshan_javadov", K, R, note(134),
  "Mahir claims Elchibey asked Rovshan to be at the airport.")
E("e253", "rovshan_javadov", "supports", "surat_huseynov", K, R, note(135, True),
  "A cited video title has Javadov calling Huseynov the leader of the people's movement.")
E("e254", "anti_aliyev_coup_plan", "targets", "heydar_aliyev", K, R, note(138, True),
  "A cited title says fugitives in Russia and Iran were implicated in a plot against Aliev.")
E("e322", "anti_aliyev_plot_fugitives", "participated_in", "anti_aliyev_coup_plan", K, R, note(138, True),
  "A cited title says fugitives in Russia and Iran were implicated in the plot.", v=ADDED, c="missing")
E("e323", "anti_aliyev_plot_fugitives", "located_in", "russia", K, R, note(138, True),
  "The cited title places some of the fugitives in Russia.", v=ADDED, c="missing")
E("e324", "anti_aliyev_plot_fugitives", "located_in", "iran", K, R, note(138, True),
  "The cited title places some of the fugitives in Iran.", v=ADDED, c="missing")
E("e255", "rafsanjani", "distrusts", "heydar_aliyev", K, S, note(81), "Rafsanjani made his distrust of Aliyev known.",
  v=CORRECTED, c="overstated", why="was 'opposes': voicing distrust is an attitude, not an act or word against him")
E("e256", "mahdi_son_of_rafsanjani", "distrusts", "heydar_aliyev", K, S, note(81), "Mahdi also voiced distrust of Aliyev.",
  v=CORRECTED, c="overstated", why="was 'opposes': voicing distrust is an attitude, not an act or word against him")
E("e257", "mahdi_son_of_rafsanjani", "kin_of", "rafsanjani", K, S, note(81), "Mahdi is Rafsanjani's son.",
  v=CORRECTED, c="symmetry", why="kin_of is symmetric: now one undirected edge")
X("e258", "qassem_soleimani", "supports", "mansur_haqiqatpur", K, "actor",
  "the headline in note 85 quotes an unnamed speaker ('Soleimani let me run for the Majles'); K does not say "
  "the speaker is Haqiqatpur")
E("e259", "iran", "trains", "az_armed_forces", K, R, note(86, True),
  "A cited video title shows Iranian commanders training Azerbaijan's forces (the title cited in note 109 "
  "speaks only of an Iranian wish to give a battalion religion-based training).",
  v=CORRECTED, c="locator", why="note 109's title speaks of an intention, not of training given; dropped from the locator")
E("e260", "rahim_noiaqdam", "sent_to", "baku", K, R, note(90),
  "Per Colonel Ali Rezai, Noaqdam became Iran's first military adviser in Baku in 1994.", year=1994)
E("e325", "iran", "dispatched", "rahim_noiaqdam", K, R, note(90),
  "Per Colonel Ali Rezai, Iran made Noaqdam its first military adviser in Baku in 1994.", year=1994,
  v=ADDED, c="missing")
E("e261", "irgc_quds_force", "trains", "az_armed_forces", K, S, notes(note(94), note(95)),
  "The QF trained Azerbaijani soldiers, finishing after the 1994 ceasefire; Haqiqatpur gives 6,500 trainees "
  "and General H. Kabiri 8,000.", year=1994)
E("e262", "irgc_quds_force", "founded", "qf_first_unit", K, R, note(94),
  "Haqiqatpur's interview speaks of 'the first unit' formed by the QF.", year=1994)
E("e263", "qf_first_unit", "part_of", "az_armed_forces", K, R, note(94),
  "The first unit was made up of the Azerbaijani soldiers the QF trained.")
E("e264", "qf_first_unit", "participated_in", "oct_1994_manoeuvre", K, R, note(94),
  "Videos show the unit's manoeuvre held right after training, in October 1994.", year=1994)
E("e265", "mansur_haqiqatpur", "participated_in", "oct_1994_manoeuvre", K, R, note(94),
  "Haqiqatpur says the videos show him at the manoeuvre.", year=1994)
E("e266", "heydar_aliyev", "participated_in", "oct_1994_manoeuvre", K, R, note(94),
  "Haqiqatpur says the videos show Aliyev at the manoeuvre.", year=1994)
E("e267", "qf_first_unit", "participated_in", "first_karabakh_war", K, R, note(94),
  "Some QF generals claim the trained soldiers fought in the war; the author rejects this, as training ended after the ceasefire.")
E("e268", "heydar_aliyev", "visited", "iran", K, R, note(94),
  "Colonel Ali Rezai places the start of the QF training after Aliyev's visit to Iran, about a month after "
  "the ceasefire (29 June 1994 in note 94).", year=1994,
  v=DOWNGRADED, c="confidence",
  why="the visit comes in Colonel Ali Rezai's account, a participant's claim, not in the author's own voice")
E("e269", "ali_rezai", "member_of", "irgc", K, R, note(128, True),
  "A cited video title is about why Colonel Rezai joined the IRGC and how he rose to command in it.")
E("e270", "heydar_aliyev", "dismissed", "pfa_battalions", K, R, note(100),
  "Arif Yunis, quoted by de Waal, says Aliyev disbanded 33 PFA-loyal battalions and promised a new national army.")
E("e271", "pfa_battalions", "supports", "pfa", K, R, note(100), "The battalions were loyal to the PFA.")
E("e272", "iran", "supports", "azerbaijan", K, R, notes(note(94, True), note(95, True), note(107, True)),
  "Cited titles speak of Iran's military aid to the Baku government (notes 94 and 107) and call Iran "
  "Azerbaijan's only backer in the hardest conditions (note 95).",
  v=CORRECTED, c="locator",
  why="the title cited in note 79 ('we will not forget Iran's help') names no recipient, dropped from the "
      "locator; notes 94 and 95 cite titles that do name both (aid to the Baku government; Iran as "
      "Azerbaijan's only backer), added")
E("e273", "irgc", "affiliated_with", "az_armed_forces", K, R, note(108, True),
  "A cited title is about the influence of IRGC commanders on Azerbaijan's military.")
E("e274", "hossein_shariatmadari", "opposes", "azerbaijan", K, R, note(113, True),
  "A cited RFI title speaks of his incendiary remarks about Azerbaijan.")
E("e275", "mansur_haqiqatpur", "opposes", "azerbaijan", K, R, note(113, True),
  "A cited title speaks of his incendiary remarks about Azerbaijan.",
  v=CORRECTED, c="locator",
  why="of the titles once cited, note 114's speak of an open letter to an Azerbaijani MP and note 118's "
      "do not name him; only note 113's supports the tie")
X("e276", "siyavush_novruzov", "opposes", "mansur_haqiqatpur", K, "actor",
  "the 'Iranian deputy' Novruzov answered in the title cited in note 118 is unnamed; the title in note 119 "
  "only has Novruzov announcing the case that is coded as e277")
E("e277", "azerbaijan", "prosecutes", "mansur_haqiqatpur", K, R, note(119, True),
  "A cited title says a criminal case about General Haqiqatpur was opened in Azerbaijan.")
E("e278", "iran", "arrested", "husayniyyun", K, R, note(144, True),
  "A 2023 Iranian article title asks why Iran arrested the group's leaders (contrast T: leaders sheltered in Iran).")
E("e279", "husayniyyun", "supports", "iran", K, R, note(144, True),
  "A cited title calls the group an influential movement in Azerbaijan that believes in Islamic Iran.")
E("e326", "husayniyyun", "active_in", "azerbaijan", K, R, note(144, True),
  "A cited title calls the group an influential movement in Azerbaijan.", v=ADDED, c="missing")
E("e280", "ilham_aliyev", "demands_extradition_of", "husayniyyun", K, R, note(145, True),
  "An Iranian outlet's title says Aliyev sought the return of 41 members, a demand it says will never be met "
  "(T attributes the list of 41 to the Prosecutor General).", year=2022)


# --------------------------------------------------------------------------
def load_vocab():
    """{kind: {name: row}} from vocabulary.tsv, with its semantics columns when present."""
    path = os.path.join(HERE, "vocabulary.tsv")
    vocab = {"type": {}, "relation": {}, "confidence": {}}
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header[:3] != ["kind", "name", "definition"]:
            sys.exit("vocabulary.tsv: unexpected header %r" % header)
        for line in fh:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            vocab[row["kind"]][row["name"]] = row
    return vocab


def symmetric_relations(vocab):
    return {name for name, row in vocab["relation"].items() if row.get("symmetric") == "yes"}


def check():
    errors = []
    vocab = load_vocab()
    symmetric = symmetric_relations(vocab)
    ids = set()
    for n in NODES:
        if n["id"] in ids:
            errors.append("duplicate node id %s" % n["id"])
        ids.add(n["id"])
        if not n["id"].isascii() or not n["id"].replace("_", "").isalnum() or n["id"] != n["id"].lower():
            errors.append("id not snake_case ascii: %s" % n["id"])
        if n["type"] not in vocab["type"]:
            errors.append("node %s: type %s not in vocabulary" % (n["id"], n["type"]))
        for paper in n["named"]:
            if paper not in CITE:
                errors.append("node %s: unknown paper %r in named" % (n["id"], paper))
    seen, used, eids = set(), set(), set()
    for e in EDGES + REMOVED:
        if e["eid"] in eids:
            errors.append("edge id %s used twice" % e["eid"])
        eids.add(e["eid"])
        if e["verdict"] != KEPT and not e["cls"]:
            errors.append("%s: verdict %s without a class" % (e["eid"], e["verdict"]))
        for cls in filter(None, e["cls"].split("+")):
            if cls not in CLASSES:
                errors.append("%s: unknown class %s" % (e["eid"], cls))
        if e["verdict"] in (CORRECTED, DOWNGRADED, REMOVED_V) and not e["why"]:
            errors.append("%s: verdict %s without a reason" % (e["eid"], e["verdict"]))
        if (e["verdict"] == ADDED) != (int(e["eid"][1:]) > FIRST_PASS_TIES):
            errors.append("%s: only ties after e%d are added ones" % (e["eid"], FIRST_PASS_TIES))
    first_pass = {"e%d" % i for i in range(1, FIRST_PASS_TIES + 1)}
    if not first_pass <= eids:
        errors.append("first-pass ties without a verdict: %s" % sorted(first_pass - eids))
    for e in EDGES:
        for end in (e["src"], e["dst"]):
            if end not in ids:
                errors.append("dangling id %s in %s" % (end, e["eid"]))
            used.add(end)
        if e["rel"] not in vocab["relation"]:
            errors.append("relation %s not in vocabulary" % e["rel"])
        if e["conf"] not in vocab["confidence"]:
            errors.append("confidence %s not in vocabulary" % e["conf"])
        ends = (e["src"], e["dst"])
        if e["rel"] in symmetric:
            ends = tuple(sorted(ends))
        key = ends + (e["rel"], e["paper"])
        if key in seen:
            errors.append("duplicate tie %s (%s)" % (key, e["eid"]))
        seen.add(key)
        if not e["loc"] or not e["ev"]:
            errors.append("missing locator/evidence %s" % e["eid"])
        parts = [p.strip() for p in e["loc"].split(";")]
        if e["conf"] == S and all("title" in p for p in parts):
            errors.append("%s: rests only on titles of cited works but is stated" % e["eid"])
    for n in NODES:
        if n["id"] not in used:
            errors.append("isolated node %s" % n["id"])
    if errors:
        sys.exit("\n".join(errors))


FIRST_PASS_TIES = 280


def node_sources():
    """A node's papers: those whose ties cite it, and those that name it without a tie ('named')."""
    src = {n["id"]: set(n["named"]) for n in NODES}
    for e in EDGES:
        src[e["src"]].add(e["paper"])
        src[e["dst"]].add(e["paper"])
    order = [T, K]
    return {k: "; ".join(p for p in order if p in v) for k, v in src.items()}


NODE_KEYS = [("label", "string"), ("aliases", "string"), ("type", "string"), ("start", "int"),
             ("end", "int"), ("source", "string"), ("named_in", "string"), ("note", "string")]
EDGE_KEYS = [("relation", "string"), ("year", "int"), ("end", "int"), ("confidence", "string"),
             ("source", "string"), ("locator", "string"), ("evidence", "string")]


def data(key, value):
    return '<data key="%s">%s</data>' % (key, escape(str(value)))


def render():
    """The GraphML text of the proxy network."""
    srcs = node_sources()
    symmetric = symmetric_relations(load_vocab())
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    w('  <!-- Generated by data/build_proxy_network.py; do not edit by hand. -->')
    w('  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>')
    w('  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>')
    for name, typ in NODE_KEYS:
        w('  <key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>' % (name, name, typ))
    for name, typ in EDGE_KEYS:
        w('  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>' % (name, name, typ))
    w('  <graph id="proxy_network" edgedefault="directed">')
    w('    ' + data("g_title", "Iran's proxy network in Azerbaijan: the Husayniyyun case and the 1992-1994 "
                     "'jihadi field diplomacy', as reported by two 2023 papers"))
    w('    ' + data("g_sources", "; ".join(CITE[p] for p in (T, K))))
    for n in NODES:
        parts = ['    <node id=%s>' % quoteattr(n["id"])]
        parts.append(data("n_label", n["label"]))
        if n["aliases"]:
            parts.append(data("n_aliases", " | ".join(n["aliases"])))
        parts.append(data("n_type", n["type"]))
        if n["start"] is not None:
            parts.append(data("n_start", n["start"]))
        if n["end"] is not None:
            parts.append(data("n_end", n["end"]))
        parts.append(data("n_source", srcs[n["id"]]))
        if n["named"]:
            parts.append(data("n_named_in", " | ".join("%s: %s" % (p, n["named"][p]) for p in (T, K)
                                                       if p in n["named"])))
        if n["note"]:
            parts.append(data("n_note", n["note"]))
        parts.append('</node>')
        w("".join(parts))
    for e in EDGES:
        # A symmetric relation is one undirected edge inside the directed graph.
        undirected = ' directed="false"' if e["rel"] in symmetric else ""
        parts = ['    <edge id=%s source=%s target=%s%s>' % (quoteattr(e["eid"]), quoteattr(e["src"]),
                                                            quoteattr(e["dst"]), undirected)]
        parts.append(data("e_relation", e["rel"]))
        if e["year"] is not None:
            parts.append(data("e_year", e["year"]))
        if e["end"] is not None:
            parts.append(data("e_end", e["end"]))
        parts.append(data("e_confidence", e["conf"]))
        parts.append(data("e_source", CITE[e["paper"]]))
        parts.append(data("e_locator", e["loc"]))
        parts.append(data("e_evidence", e["ev"]))
        parts.append('</edge>')
        w("".join(parts))
    w('  </graph>')
    w('</graphml>')
    return "\n".join(out) + "\n"


def write_atomically(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)


def changelog_markdown():
    """The second pass's verdicts: counts by verdict and class, then every tie that is not 'kept'."""
    ties = sorted(EDGES + REMOVED, key=lambda e: int(e["eid"][1:]))
    first = [e for e in ties if e["verdict"] != ADDED]
    verdicts = [KEPT, CORRECTED, DOWNGRADED, REMOVED_V, ADDED]
    out = ["The second pass (issue 16) re-read each of the first pass's %d ties at its locator and swept "
           "both papers section by section and note by note. Every tie in `build_proxy_network.py` carries "
           "its verdict (`v=`), the class of error (`c=`) and the reason (`why=`); removed ties are kept "
           "there as `X(...)` lines. Edge ids are stable: a kept or corrected tie keeps its id, removed ids "
           "are not reused, and added ties are numbered from e%d. This block is written by "
           "`build_proxy_network.py`." % (len(first), FIRST_PASS_TIES + 1), ""]
    out.append("| verdict | ties |")
    out.append("| --- | ---: |")
    for v in verdicts:
        out.append("| %s | %d |" % (v, sum(e["verdict"] == v for e in ties)))
    out.append("| **ties in the file now** | **%d** |" % len(EDGES))
    out.append("")
    classes = sorted({c for e in ties for c in e["cls"].split("+") if c},
                     key=lambda c: list(CLASSES).index(c))
    out.append("| class of error | " + " | ".join(verdicts[1:]) + " |")
    out.append("| --- |" + " ---: |" * (len(verdicts) - 1))
    for c in classes:
        counts = [sum(e["verdict"] == v and c in e["cls"].split("+") for e in ties) for v in verdicts[1:]]
        out.append("| `%s`: %s | %s |" % (c, CLASSES[c], " | ".join(str(n) for n in counts)))
    out.append("")
    out.append("A tie with two classes (e.g. `confidence+symmetry`) counts once in each row. Every tie that "
               "was not kept as it was:")
    out.append("")
    out.append("| id | tie | paper | verdict | class | why |")
    out.append("| --- | --- | --- | --- | --- | --- |")
    for e in ties:
        if e["verdict"] in (KEPT, ADDED):
            continue
        out.append("| %s | `%s` %s `%s` | %s | %s | %s | %s |" % (
            e["eid"], e["src"], e["rel"], e["dst"], "T" if e["paper"] == T else "K", e["verdict"],
            e["cls"], e["why"].replace("|", "\\|")))
    out.append("")
    out.append("Added ties (class `missing`): " + ", ".join(
        "%s `%s` %s `%s`" % (e["eid"], e["src"], e["rel"], e["dst"]) for e in ties if e["verdict"] == ADDED) + ".")
    return "\n".join(out) + "\n"


README = os.path.join(HERE, "README.md")


def readme_with_changelog():
    """data/README.md with its changelog block rewritten."""
    with open(README, encoding="utf-8") as fh:
        text = fh.read()
    begin = "<!-- changelog:begin (generated by build_proxy_network.py) -->"
    end = "<!-- changelog:end -->"
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        sys.exit("README.md has no changelog block")
    return text[:start] + begin + "\n\n" + changelog_markdown() + "\n" + text[stop:]


def main():
    check()
    outputs = [(OUT, render()), (README, readme_with_changelog())]
    if "--check" in sys.argv[1:]:
        # the committed files must be what this script writes (run in the test suite)
        stale = []
        for path, text in outputs:
            with open(path, encoding="utf-8") as fh:
                if fh.read() != text:
                    stale.append(os.path.relpath(path))
        if stale:
            sys.exit("out of date (rerun /usr/bin/python3 data/build_proxy_network.py): %s" % ", ".join(stale))
        print("%s and the README changelog are up to date" % os.path.relpath(OUT))
        return
    for path, text in outputs:
        write_atomically(path, text)
    print("wrote %s: %d nodes, %d edges (%d first-pass ties removed, %d added)" % (
        os.path.relpath(OUT), len(NODES), len(EDGES), len(REMOVED),
        sum(e["verdict"] == ADDED for e in EDGES)))


if __name__ == "__main__":
    main()
