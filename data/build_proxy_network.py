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


def N(nid, label, ntype, aliases=(), start=None, end=None, note=""):
    NODES.append(dict(id=nid, label=label, type=ntype, aliases=list(aliases),
                      start=start, end=end, note=note))


# States and collectives of states
N("iran", "Islamic Republic of Iran", "state", ["Iran"], start=1979,
  note="T: founded 1979; T's abstract and K treat it as the sponsor of proxy forces.")
N("azerbaijan", "Republic of Azerbaijan", "state",
  ["Azerbaijan", "Government of Baku"])
N("armenia", "Armenia", "state", [])
N("iraq", "Iraq", "state")
N("usa", "United States of America", "state", ["USA", "America"])
N("france", "France", "state")
N("israel", "Israel", "state")
N("turkiye", "Türkiye", "state")
N("russia", "Russia", "state")
N("ussr", "Union of Soviet Socialist Republics", "state", ["USSR", "Shuravi"],
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
N("hak_yolu_institute", "Hak Yolu (institute)", "organisation", ["Hak Yolu"])
N("pfa", "PFA", "organisation", note="K note 100 uses the abbreviation only.")
N("nur_translation_company", "Nur Translation Company", "company")
N("lebanese_shiites", "Shiites in Lebanon", "group")
N("iranian_nationalists", "Iranian nationalists and pan-Iranians", "group")
N("fourteen_students", "14 madrasa students of Azerbaijani origin", "group",
  note="T §3.2: the founding myth's students, drawn from the seminaries of Qom and Mashhad.")
N("students_sent_to_syria", "students sent to Syria for training (2013-2016)", "group")
N("armed_groups_syria", "armed groups in Syria", "group")
N("ganja_police", "police officers in Ganja", "group")
N("afghan_mujahideen", "Afghan Mujahideen", "group", ["Afgan Mücahitleri", "Mujahedin"])
N("karabakh_armenians", "Karabakh Armenians", "group")

# Financing channels (T §3.2, insider interviews)
N("funding_iranian_goods", "sale of goods donated free of charge by Iran", "funding_channel")
N("funding_drug_sales", "sale of drugs coming from Iran", "funding_channel")
N("funding_cash_couriers", "cash carried by members in and out of Iran", "funding_channel")

# Persons, T
N("tohid_ibrahimbeyli", "Tohid Ibrahimbeyli", "person",
  ["Tovhid İbrahimbeyli", "Tohid İbrahimbeyli", "Tohid İbrahimbəyli", "Ibrahimbeyli"],
  note="T: named as founder of the organisation.")
N("orhan_mammadov", "Orhan Mammadov", "person", ["Orxan Məmmədov"])
N("musa_esedzade", "Musa Esedzade", "person")
N("isgender_husseinov", "Isgender Husseinov", "person", ["Husseinzadeh"],
  start=1966, note="T: born 26 January 1966 in Jalilabad; in Qom since 1996.")
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
N("ilham_aliyev", "Ilham Aliyev", "person", ["Aliyev"],
  note="T: President of Azerbaijan.")
N("mostafa_chamran", "Mostafa Chamran", "person", ["Mustafa Çamran"],
  note="T: laid the foundations of Iran's proxy strategy in the late 1970s.")
N("qassem_soleimani", "Qassem Soleimani", "person", ["Sardār Soleymāni"])
N("ali_khamenei", "Ayatollah Khamenei", "person", ["Supreme Leader Ayatollah Khamenei"])
N("khomeini", "Ayatollah Khomeini", "person", ["Khomeini", "S. R. M. Khomeini"])
N("abolfazl_zohrevand", "Abolfazl Zohrevand", "person", ["Zohrevand", "Abulfazl Zohravand"],
  note="T: former Iranian ambassador to Afghanistan and Italy; figure in the nuclear talks.")
N("tali_bagirzadeh", "Tali Bagirzadeh", "person",
  ["Bagherzadeh", "Bagirzadeh", "Bağırzade, H. T.", "Hacı Taleh"],
  note="T: political activist of the same ideology, with no direct organic connection to the Husseinists.")

# Persons, K
N("surat_huseynov", "Surət Hüseynov", "person", ["Colonel Huseynov", "Huseynov", "Sürət Hüseynov"],
  note="K: pro-Russian leader of the June 1993 coup.")
N("heydar_aliyev", "Heydər Əliyev", "person", ["Aliyev", "ex-Communist Aliyev", "Aliev"],
  note="K's 'Aliyev' of 1993-94; full name only in cited titles (notes 78, 129).")
N("elchibey", "Elchibey", "person", ["President Elchibey"])
N("rahim_qaziyev", "Rahim Qaziyev", "person", ["Qaziyev"])
N("rafsanjani", "Rafsanjani", "person", ["Āyatollāh Hashemi Rafsanjani", "A.H. Rafsanjani", "Hashemi Rafsanjani"])
N("mahdi_son_of_rafsanjani", "Mahdi", "person",
  note="K note 81: Rafsanjani's son; the title cited there names Mohsen Hashemi instead.")
N("mansur_haqiqatpur", "Mansur Haqiqatpur", "person",
  ["General Haqiqatpur", "M. Haqiqatpur", "Həqiqətpur", "Doktor Mansur Haqiqatpur"])
N("rahim_noiaqdam", "Rahim Noiaqdam", "person", ["Noaqdam", "General Rahim Noiaqdam"])
N("ali_rezai", "Ali Rezai", "person", ["Colonel Ali Rezai", "Sarhang Rezai"])
N("javad_zarif", "Javad Zarif", "person", ["Zarif"])
N("ali_akbar_salehi", "Ali Akbar Salehi", "person")
N("hossein_shariatmadari", "Hoseyn Shariatmadāri", "person", note="Named only in the title cited in K note 113.")
N("siyavush_novruzov", "Siyavuş Novruzov", "person")
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
N("syria", "Syria", "place")
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
N("karabakh", "Karabakh", "place", ["Qarebāgh", "north Karabakh"])
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
    N(tid, "%s (%s)" % (name, platform), "media", [name], note=note + "; " + kind + ".")

# --------------------------------------------------------------------------
# Edges: (source, relation, target, paper, confidence, locator, evidence,
#         year, end)
# --------------------------------------------------------------------------
EDGES = []


def E(src, rel, dst, paper, conf, loc, ev, year=None, end=None):
    EDGES.append(dict(src=src, rel=rel, dst=dst, paper=paper, conf=conf, loc=loc,
                      ev=ev, year=year, end=end))


# ---------------- Toğa & Şahin 2023 ----------------
# Abstract / Introduction
E("iran", "supports", "husayniyyun", T, S, ABS + "; " + S2,
  "Authors list the group among the proxy forces Iran backs in Azerbaijan.")
E("iran", "commands", "husayniyyun", T, S, ABS + "; " + S1,
  "Group is called Iran's proxy force in Azerbaijan, steered and managed by Iran.")
E("husayniyyun", "targets", "azerbaijan", T, S, ABS + "; " + S2 + "; " + S31B,
  "Working against Azerbaijan since 2013, visibly from 2015; aims to win over Azerbaijani society "
  "and pull it toward Shiism and Velayat-e Faqih.", year=2013)
E("iraq", "attacked", "iran", T, S, INTRO + "; " + S2,
  "Iraq struck the new Islamic Republic right after its founding, starting an eight-year war.")
E("western_countries", "supports", "iraq", T, S, INTRO,
  "Western states took Iraq's side in the war with Iran.")
E("usa", "supports", "iraq", T, S, INTRO, "America is named among the backers of Iraq.")
E("france", "supports", "iraq", T, S, INTRO, "France is named among the backers of Iraq.")
E("iran", "commands", "hezbollah", T, S, INTRO,
  "Hezbollah, formed in 1982, was directed by Iran as an asymmetric-warfare tool.", year=1982)
E("hezbollah", "targets", "usa", T, S, INTRO,
  "Used against states, America among them, that backed Iraq.")
E("hezbollah", "targets", "france", T, S, INTRO,
  "Used against states, France among them, that backed Iraq.")
E("irgc_quds_force", "commands", "hezbollah", T, S, INTRO + "; " + S2,
  "Iran controls its proxy groups largely through the Quds Force, which took over managing and deploying them.")
E("irgc_quds_force", "commands", "husayniyyun", T, S, INTRO + "; " + S2,
  "The Iran-linked groups in Azerbaijan are among those Iran runs mainly via the Quds Force.")
E("iran", "supports", "armenia", T, S, INTRO,
  "Authors say Iran sided with Armenia and used its proxies to justify it; earlier charges that it "
  "backed Armenia in the First Karabakh War are called unproven.")
E("iran", "supports", "azerbaijan", T, R, INTRO,
  "Iran says it did help Azerbaijan in the First Karabakh War.")
E("iran", "trains", "az_armed_forces", T, R, INTRO,
  "A released video has Iranian commanders claiming they trained Azerbaijani soldiers.")
E("iran", "rivals", "azerbaijan", T, S, INTRO + "; " + S31B,
  "Iran-linked groups inside Azerbaijan cause tension between the two states; the authors list the current "
  "problems in their relations.")
E("iran", "opposes", "azerbaijan", T, S, INTRO + "; " + CONC,
  "Iran took a public stance against Azerbaijan after the Second Karabakh War; its secular order clashes with Iran's ideology.")

# Section 1
E("husayniyyun", "emulates", "hezbollah", T, S, S1 + "; " + S32,
  "Its flag is almost the same as Hezbollah's and its logo looks alike.")
E("husayniyyun", "emulates", "irgc", T, S, S32, "Its logo is shaped like the IRGC's.")
E("azerbaijan", "proscribes", "husayniyyun", T, S, S1,
  "Azerbaijan regards the organisation as terrorist.")
E("husayniyyun", "supports", "iran", T, S, S1,
  "Acts in line with the values and legitimacy claims of the Islamic Republic.")

# Section 2
E("iran", "opposes", "usa", T, S, S2, "Iran casts the United States as an oppressor and 'Great Satan'.")
E("iran", "opposes", "israel", T, S, S2, "Iran casts Israel among the oppressors it stands against.")
E("husayniyyun", "opposes", "ilham_aliyev", T, S, S2 + "; " + S31A,
  "Paints Aliyev's government as rootless, 'Hussein-less', Zionist collaborators and a puppet dictatorship.")
E("husayniyyun", "located_in", "iran", T, S, S2 + "; " + CONC,
  "Most members hide in Iran and nearly all its leaders are based there; it now works from Iran via social media.")
E("az_security_services", "arrested", "husayniyyun", T, S, S2,
  "Many members have been captured by Azerbaijan's security bodies, above all once the Ganja attack had happened.")
E("az_security_services", "targets", "husayniyyun", T, S, CONC,
  "Large operations were launched against the group after the 2018 attempt on Ganja's mayor.", year=2018)
E("mostafa_chamran", "organised", "lebanese_shiites", T, S, S2,
  "Chamran organised the Shiites of Lebanon in the late 1970s.")
E("mostafa_chamran", "leads", "iran_defense_ministry", T, S, S2,
  "After the revolution Chamran was the first to hold Iran's defense portfolio.")
E("iran_defense_ministry", "part_of", "iran", T, S, S2, "Ministry of the Iranian state (Chamran's post).")
E("irgc_quds_force", "part_of", "irgc", T, S, S2, "The Quds Force was set up under the IRGC.")
E("irgc", "part_of", "iran", T, S, S2, "The Revolutionary Guards are an arm of the Iranian state.")
E("qassem_soleimani", "leads", "irgc_quds_force", T, S, S2, "Soleimani commanded the unit for many years.")
E("ali_khamenei", "leads", "iran", T, S, S2, "Named as Iran's Supreme Leader.")
E("iran", "supports", "fatimiyyun", T, S, S2,
  "Listed among the groups through which Iran's proxy strategy operates.")
E("iran", "supports", "ansarullah", T, S, S2,
  "Listed among the groups through which Iran's proxy strategy operates.")
E("hezbollah", "located_in", "lebanon", T, S, S2, "Given as Hezbollah (Lebanon).")
E("fatimiyyun", "located_in", "syria", T, S, S2, "Given as Fatimiyyun Brigades (Syria).")
E("ansarullah", "located_in", "yemen", T, S, S2, "Given as Ansarullah (Yemen).")
E("azerbaijan", "demands_extradition_of", "husayniyyun", T, S, S2 + "; " + CONC,
  "Azerbaijan has repeatedly asked Iran to arrest and hand over the group's leaders; Iran has not responded.")

# Section 3.1 (export of the revolution)
E("al_mustafa", "affiliated_with", "iran", T, S, S31A,
  "Universities such as Al-Mustafa are named as engines of Iran's soft power.")
E("jahannews", "opposes", "ilham_aliyev", T, S, S31A,
  "Cited as an Iranian outlet voicing the 'Aliyev is a puppet' line; its headline calls him a puppet of "
  "America, Israel and Türkiye.")

# Section 3.1 (identity-based threat perceptions)
E("turkiye", "rivals", "iran", T, S, S31B,
  "After the USSR broke up, Türkiye and Iran competed to fill the Caucasus power vacuum.")
E("western_countries", "supports", "turkiye", T, S, S31B,
  "The West backed Türkiye as the secular alternative model to Iran.")
E("usa", "opposes", "iran", T, S, S31B, "Iran hoped to escape the isolation imposed on it chiefly by the USA.")
E("iranian_nationalists", "opposes", "azerbaijan", T, S, S31B,
  "Many nationalists and pan-Iranians do not accept Azerbaijan as a real country but as land taken from Iran.")
E("abolfazl_zohrevand", "member_of", "iran", T, S, S31B,
  "Formerly Iran's ambassador in Afghanistan and in Italy; prominent in the nuclear talks.")
E("abolfazl_zohrevand", "opposes", "azerbaijan", T, S, S31B,
  "In a recording leaked after the Second Karabakh War he insulted Turks and called Azerbaijan a cancer "
  "until it returns to Iran; the cited video's title speaks of annexing Azerbaijan and Nakhchivan.")
E("tali_bagirzadeh", "instigated", "nardaran_events", T, R, "References (Bağırzade 2015, video title)",
  "Only the title of the cited 2015 video says his speech set off the Nardaran events.", year=2015)
E("nardaran_events", "located_in", "nardaran", T, R, "References (Bağırzade 2015, video title)",
  "The events are named after Nardaran in the cited video title.")
E("azerbaijan", "affiliated_with", "israel", T, S, S31B,
  "Azerbaijan keeps relations with Israel at the highest level.")
E("azerbaijan", "affiliated_with", "western_countries", T, S, S31B,
  "Azerbaijan keeps relations with the West at the highest level and sees itself in the Euro-Atlantic security system.")

# Section 3.2: founding, founders, symbols, social media
for f in ("tohid_ibrahimbeyli", "orhan_mammadov", "musa_esedzade"):
    E(f, "founded", "husayniyyun", T, S, S32,
      "Named among those who brought the organisation together in 2015.", year=2015)
    E(f, "affiliated_with", "irgc", T, S, S32,
      "The founders are described as directly linked to the IRGC.")
E("tohid_ibrahimbeyli", "publishes", "tohid_youtube_channels", T, S, S32,
  "More than 25 YouTube channels run in the founder's name.")
for tid, name, platform, row in TABLE1:
    if platform == "Telegram":
        E("husayniyyun", "publishes", tid, T, S, "%s (Telegram, row %d)" % (TAB, row),
          "Telegram channel of the organisation, added to the table by the authors.", year=2022)
    else:
        E("husayniyyun", "publishes", tid, T, R, "%s (%s, row %d)" % (TAB, platform, row),
          "Listed as one of the organisation's %s accounts in the Azerbaijani press (Yenipress, Oct 2022)." % platform,
          year=2022)
E("husayniyyun", "publishes", "fake_account_network", T, R, S32,
  "Per Yenipress, it runs dozens of religiously named pages and groups and thousands of fake accounts.", year=2022)
E("yenipress", "opposes", "husayniyyun", T, S, S32 + "; " + TAB,
  "Azerbaijani press such as Yenipress (24 Oct 2022) lists the group's channels and warns the public.", year=2022)

# Section 3.2: founding myth (Müsavat 2018), all reported
E("fourteen_students", "founded", "husayniyyun", T, R, S32M,
  "Best-known myth: the group was set up by 14 madrasa students to fight DAESH in Syria.")
E("tohid_ibrahimbeyli", "leads", "fourteen_students", T, R, S32M,
  "In the myth the 14 students are led by Ibrahimbeyli.")
E("fourteen_students", "opposes", "daesh", T, R, S32M, "Their stated purpose was to fight DAESH.")
E("fourteen_students", "studied_at", "qom_seminaries", T, R, S32M,
  "Students were picked from the seminaries of Qom and Mashhad.")
E("fourteen_students", "studied_at", "mashhad_seminaries", T, R, S32M,
  "Students were picked from the seminaries of Qom and Mashhad.")
E("fourteen_students", "located_in", "nur_translation_company", T, R, S32M,
  "They met for a day at Husseinov's workplace in Qom before moving on.")
E("isgender_husseinov", "owns", "nur_translation_company", T, R, S32M,
  "Husseinov is named as owner of the translation company.")
E("nur_translation_company", "located_in", "qom", T, R, S32M, "Husseinov's workplace is in Qom.")
E("fourteen_students", "sent_to", "damascus_military_unit", T, R, S32M,
  "They were moved to a military unit near Damascus.")
E("damascus_military_unit", "located_in", "damascus", T, S, S32M, "The unit lies near the Syrian capital.")
E("damascus", "located_in", "syria", T, S, S32M, "Damascus is the Syrian capital.")
E("damascus_military_unit", "trains", "fourteen_students", T, R, S32M,
  "The students went through 25 days of military training there.")
E("tohid_ibrahimbeyli", "targets", "azerbaijan", T, R, S32M,
  "Per the sources he told the students to be ready for armed conflict inside Azerbaijan, not only against DAESH.")
E("tohid_ibrahimbeyli", "located_in", "syria", T, R, S32M,
  "He stayed 20 more days in Syria with one group of 4-5 students.")
E("tohid_ibrahimbeyli", "located_in", "mashhad", T, R, S32M,
  "He then went back to Mashhad, where he later reportedly insulted Zahidov.")
E("tohid_ibrahimbeyli", "dispatched", "fourteen_students", T, R, S32M,
  "At his suggestion the same group was sent back to Syria for military training.")
E("elmir_zahidov", "member_of", "fourteen_students", T, R, S32M,
  "Zahidov was among the students of that group.")
E("elmir_zahidov", "located_in", "mashhad", T, R, S32M,
  "He refused training after ten days and went back to Mashhad.")
E("tohid_ibrahimbeyli", "opposes", "elmir_zahidov", T, R, S32M,
  "After Zahidov came back, Ibrahimbeyli is alleged to have insulted him in Mashhad.")
E("elmir_zahidov", "studied_at", "khoy_madrasah", T, R, S32M,
  "He afterwards quit his studies at the Khoy Madrasah.", end=2018)
E("elmir_zahidov", "located_in", "azerbaijan", T, R, S32M, "He returned to Azerbaijan in 2018.", year=2018)
E("elmir_zahidov", "member_of", "husayniyyun", T, R, S32M,
  "Another source calls him one of the organisation's senior figures in Syria (contradicting the first account).")
E("azerbaijan", "arrested", "elmir_zahidov", T, R, S32M,
  "Per another source he was held in Sheki prison in 2021.", year=2021)
E("elmir_zahidov", "located_in", "sheki_prison", T, R, S32M, "Held in Sheki prison in 2021.", year=2021)
E("tohid_ibrahimbeyli", "dispatched", "students_sent_to_syria", T, R, S32M,
  "Reported to have dispatched several students for training in Syria during 2013-2016; his name stood out in that process.",
  year=2013, end=2016)
E("students_sent_to_syria", "sent_to", "syria", T, R, S32M,
  "Students went to Syria for training between 2013 and 2016.", year=2013, end=2016)

# Section 3.2: Ganja
E("husayniyyun", "perpetrated", "ganja_assassination_attempt_2018", T, S, S32G + "; " + CONC,
  "The attempt on the mayor is called the group's most high-profile action in Azerbaijan.", year=2018)
E("yunis_seferov", "perpetrated", "ganja_assassination_attempt_2018", T, S, S32G,
  "Seferov carried out the assassination attempt.", year=2018)
E("yunis_seferov", "attacked", "elmar_veliyev", T, S, S32G,
  "Seferov tried to kill the mayor of Ganja on 3 July 2018.", year=2018)
E("ganja_assassination_attempt_2018", "targets", "elmar_veliyev", T, S, S32G,
  "The attempt was aimed at the mayor, Elmar Veliyev.", year=2018)
E("ganja_assassination_attempt_2018", "located_in", "ganja", T, S, S32G, "Took place in Ganja.")
E("elmar_veliyev", "leads", "ganja", T, S, S32G, "Veliyev is the mayor of Ganja.")
E("ganja", "located_in", "azerbaijan", T, S, S32G, "Ganja is called an Azerbaijani city.")
E("yunis_seferov", "sent_to", "syria", T, S, S32G,
  "Seferov proved to be one of those who had gone to Syria for training.")
E("yunis_seferov", "sent_to", "qom", T, R, S32G,
  "Per sources he was sent to Syria by way of Qom and took part in the training for financial gain.")
E("tohid_ibrahimbeyli", "organised", "qom_secret_meetings", T, R, S32G,
  "The security investigation found he held secret meetings in Qom.")
E("qom_secret_meetings", "located_in", "qom", T, R, S32G, "The meetings were held in Qom.")
for p in ("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov", "yunis_seferov"):
    E(p, "participated_in", "qom_secret_meetings", T, R, S32G,
      "Per the investigation he attended Ibrahimbeyli's secret meetings in Qom"
      + (" together with the four others." if p == "yunis_seferov" else ", alongside Seferov."))
for p in ("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"):
    E("armed_groups_syria", "trains", p, T, R, S32G,
      "Per the investigation he joined armed groups in Syria and was trained there.")
E("armed_groups_syria", "located_in", "syria", T, S, S32G, "Armed groups operating in Syria.")
for p in ("habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"):
    E(p, "kin_of", "tohid_ibrahimbeyli", T, R, S32G,
      "Named as a close relative of Ibrahimbeyli in the investigation account (direction arbitrary).")
E("taleh_goyushov", "instigated", "ganja_police_knife_attack", T, R, S32G,
  "He was later found to have helped incite the knife attack on Ganja police.")
E("ganja_police_knife_attack", "targets", "ganja_police", T, S, S32G, "Police officers were attacked with a knife.")
E("ganja_police_knife_attack", "located_in", "ganja", T, S, S32G, "The attack happened in Ganja.")
for p in ("taleh_goyushov", "habib_ibrahimli", "perviz_musayev", "elmir_ziyadov"):
    E("az_security_services", "arrested", p, T, S, S32G,
      "Security services detained these men right after the attack.")
E("az_security_services", "part_of", "azerbaijan", T, S, S32G, "Azerbaijani security services.")

# Section 3.2: extradition
E("ilham_aliyev", "leads", "azerbaijan", T, S, S32G, "Named as President of Azerbaijan.")
E("ilham_aliyev", "demands_extradition_of", "husayniyyun", T, S, S32G,
  "Aliyev personally gave the Iranian president a list of 20 names for extradition; Iran did not act on it.")
E("az_prosecutor_general", "demands_extradition_of", "husayniyyun", T, S, S32G,
  "A list of 41 people was delivered on 30 August 2022; this effort also failed.", year=2022)
E("az_prosecutor_general", "part_of", "azerbaijan", T, S, S32G, "Azerbaijan's Prosecutor General.")

# Section 3.2: insider interviews, support base and financing (reported)
for place, ev in (("southern_az_regions", "southern regions of Azerbaijan"),
                  ("lankaran", "Lankaran"), ("ganja", "Ganja"), ("baku", "rural Baku")):
    E("husayniyyun", "located_in", place, T, R, S32I,
      "Insiders say religious discontent gives the group a limited base in %s." % ev)
E("iran", "supplies", "funding_iranian_goods", T, R, S32I,
  "Per sources, Iran hands over goods free of charge which are then sold in Azerbaijan.")
E("funding_iranian_goods", "funds", "husayniyyun", T, R, S32I,
  "First of three financing routes named by sources: proceeds of the donated goods.")
E("funding_drug_sales", "funds", "husayniyyun", T, R, S32I,
  "Second route: money from selling drugs that also come from Iran.")
E("funding_cash_couriers", "funds", "husayniyyun", T, R, S32I,
  "Third route: members carrying cash on their persons in and out of Iran.")

# Section 3.2: Isgender Husseinov, Nur, Hak Yolu
E("isgender_husseinov", "owns", "nur_civilization_center", T, S, S32H,
  "Husseinov owns the organisation's Nur Civilization Center and its website.")
E("isgender_husseinov", "member_of", "husayniyyun", T, S, S32H,
  "One of the organisation's most important figures, though not in the founding group.")
E("nur_civilization_center", "part_of", "husayniyyun", T, S, S32H,
  "Called the organisation's Nur Civilization Center.")
E("isgender_husseinov", "born_in", "jalilabad", T, S, S32H, "Born in Jalilabad on 26 January 1966.", year=1966)
E("isgender_husseinov", "located_in", "qom", T, S, S32H, "Resident in Qom, together with his family, from 1996 on.", year=1996)
E("isgender_husseinov", "opposes", "azerbaijan", T, S, S32H,
  "Directly involved in activity against Azerbaijan; published anti-Azerbaijani articles.")
E("azerbaijan", "prosecutes", "isgender_husseinov", T, S, S32H,
  "Indicted in 2008 and reported to Interpol; on the state wanted list for crimes against the state.", year=2008)
E("isgender_husseinov", "affiliated_with", "iran", T, R, S32H,
  "Well connected inside Iran; per the sources he has direct links to the Iranian state.")
E("isgender_husseinov", "leads", "husayniyyun", T, R, S32H,
  "Sources place him even higher in the organisation than Ibrahimbeyli.")
E("isgender_husseinov", "dispatched", "students_sent_to_syria", T, R, S32H,
  "Sources show he played a key role in sending students to Syria for training.")
E("tasnim", "supports", "isgender_husseinov", T, S, S32H,
  "Tasnim interviewed him and praised him as an Azerbaijani revolutionary devoted to Khomeini.", year=2016)
E("isgender_husseinov", "supports", "khomeini", T, R, S32H,
  "Tasnim's portrait of him as full of love for Khomeini.")
E("isgender_husseinov", "founded", "hak_yolu_institute", T, S, S32H, "He first set up the Hak Yolu institute in Qom.")
E("isgender_husseinov", "founded", "hak_yolu_website", T, S, S32H, "He set up a website of the same name.")
E("hak_yolu_institute", "located_in", "qom", T, S, S32H, "The institute was set up in Qom.")
E("isgender_husseinov", "publishes", "hak_yolu_website", T, S, S32H,
  "From there he openly published anti-Azerbaijani articles.")
E("ahl_al_bayt_news", "supports", "isgender_husseinov", T, S, S32H,
  "The site drew much of its news from Husseinov and from Hak Yolu.")
E("ahl_al_bayt_news", "opposes", "azerbaijan", T, S, S32H, "It publishes anti-Azerbaijani material.")
E("ahl_al_bayt_news", "affiliated_with", "iran", T, S, S32H, "Described as Iran's Ahl al-Bayt news website.")
E("isgender_husseinov", "founded", "nur_civilization_center", T, S, S32H,
  "He founded the Center in 2013; it is still active.", year=2013)
E("nur_civilization_center", "located_in", "qom", T, R, S32H,
  "Its website's 'About Us' says it was set up at a gathering in Qom on 16 Oct 2013.", year=2013)
E("isgender_husseinov", "founded", "nur_az_com", T, S, S32H, "He also founded Nur-Az.com.")
E("husayniyyun", "publishes", "nur_az_com", T, S, S32H,
  "The website serves as the Husseinists' publishing organ.")
E("nur_civilization_center", "publishes", "nur_az_com", T, S, S32H,
  "The Center's website; its 'About Us' page describes the Center's founding.")
E("nur_az_com", "opposes", "azerbaijan", T, S, S32H, "Strongly anti-Azerbaijani with a pro-Iranian line.")

# Conclusion
E("azerbaijan", "proscribes", "islamic_party_az", T, S, CONC,
  "The Islamic Party, active in Azerbaijan's early years, was soon banned.")
E("islamic_party_az", "affiliated_with", "iran", T, R, CONC + "; " + S31B,
  "Azerbaijan regards such parties as 'pawns' tied to Iran.")

# ---------------- Kızılyurt 2023 (abstract and endnotes) ----------------
E("iran", "mediated", "armenia", K, S, "Abstract; note 53",
  "Iran's mediation between Yerevan and Baku failed in May 1992.", year=1992)
E("iran", "mediated", "azerbaijan", K, S, "Abstract; note 53",
  "Iran's mediation between Yerevan and Baku failed in May 1992.", year=1992)
E("iran", "targets", "azerbaijan", K, S, "Abstract",
  "Once mediation failed, Iran increased its military and ideological activity inside Azerbaijan.", year=1992)
E("surat_huseynov", "perpetrated", "june_1993_coup", K, S, "Abstract",
  "Colonel Huseynov led the June 1993 coup.", year=1993)
E("iran", "supports", "surat_huseynov", K, S, "Abstract",
  "Iran backed the pro-Russian coup leader during the June 1993 coup.", year=1993)
E("iran", "mediated", "surat_huseynov", K, S, "Abstract",
  "Iran tried to bring Huseynov to work with ex-Communist Aliyev against Elchibey.", year=1993)
E("iran", "mediated", "heydar_aliyev", K, S, "Abstract",
  "Iran tried to bring Huseynov to work with ex-Communist Aliyev against Elchibey.", year=1993)
E("iran", "opposes", "elchibey", K, S, "Abstract",
  "Iran's aim in pairing Huseynov with Aliyev was directed against President Elchibey.", year=1993)
E("june_1993_coup", "targets", "elchibey", K, S, "Abstract; note 62",
  "The coup was directed against the nationalist President Elchibey.", year=1993)
E("surat_huseynov", "affiliated_with", "russia", K, S, "Abstract", "Described as a pro-Russian coup leader.")
E("elchibey", "leads", "azerbaijan", K, S, "Abstract", "Named as the nationalist President.")
E("heydar_aliyev", "opposes", "iran", K, S, "Abstract",
  "Aliyev later came to view that early Iranian-brokered cooperation as a grave ideological and military threat.")
E("irgc_quds_force", "affiliated_with", "post_coup_uprisings", K, S, "Abstract",
  "The QF was linked to those who led the military revolts that followed the coup.")
E("iran", "rivals", "azerbaijan", K, S, "Abstract; notes 18, 146",
  "The perceived threat and the QF links damaged Iran-Azerbaijan relations; later press cited in the "
  "notes speaks of rising tensions.")
E("iran_ministry_construction_jihad", "supports", "hezbollah", K, R, "note 8 (title of cited work)",
  "Cited article is about the ministry serving Hezbollah in Lebanon in 1988-2003.", year=1988, end=2003)
E("iran_ministry_construction_jihad", "part_of", "iran", K, R, "note 8 (title of cited work)",
  "Named in the cited title as an Iranian ministry.")
E("iran", "supports", "hezbollah", K, R, "note 8",
  "Taremi is cited as seeing ideology as the main driver of Iran's support for Hezbollah.")
E("javad_zarif", "leads", "iran_foreign_ministry", K, R, "note 12 (title of cited work)",
  "A cited article's title calls Zarif Iran's top diplomat at the Foreign Ministry.")
E("ali_akbar_salehi", "leads", "iran_foreign_ministry", K, S, "note 40",
  "Salehi was then Minister of Foreign Affairs in 2012.", year=2012)
E("iran_foreign_ministry", "part_of", "iran", K, S, "note 40", "Iran's Ministry of Foreign Affairs.")
E("nardaran", "located_in", "absheron", K, R, "note 42 (title of cited work)",
  "The cited chapter's title places Nardaran village in Absheron.")
E("musavi_ardabili", "visited", "ussr", K, R, "note 49 (title of cited work)",
  "A cited newspaper title is about the ayatollah's trip to the Soviet Union.")
E("surat_huseynov", "opposes", "elchibey", K, S, "note 60",
  "In late 1992 Huseynov challenged Elchibey.", year=1992)
E("rahim_qaziyev", "opposes", "elchibey", K, S, "note 60",
  "In late 1992 Defence Minister Qaziyev challenged Elchibey.", year=1992)
E("rahim_qaziyev", "leads", "az_defence_ministry", K, S, "note 60",
  "Qaziyev was Defence Minister until he resigned after the 1993 withdrawal affair.", year=1992, end=1993)
E("az_defence_ministry", "part_of", "azerbaijan", K, S, "note 60", "Azerbaijan's defence ministry.")
E("surat_huseynov", "leads", "huseynov_brigade", K, S, "note 60", "Huseynov commanded his own brigade.")
E("huseynov_brigade", "perpetrated", "north_karabakh_withdrawal_1993", K, R, "note 60",
  "Reports in February 1993 said his forces deliberately pulled out, leaving besieged soldiers behind.", year=1993)
E("north_karabakh_withdrawal_1993", "located_in", "karabakh", K, S, "note 60", "The pull-out was from north Karabakh.")
E("rahim_qaziyev", "participated_in", "north_karabakh_withdrawal_1993", K, R, "note 60",
  "He resigned because of his assumed involvement.", year=1993)
E("elchibey", "dismissed", "surat_huseynov", K, S, "note 60",
  "Elchibey removed Huseynov after the withdrawal reports.", year=1993)
E("huseynov_brigade", "sent_to", "ganja", K, S, "note 60",
  "Huseynov pulled his brigade back to Ganja, which left Kalbajar exposed.", year=1993)
E("karabakh_armenians", "perpetrated", "kalbajar_capture_1993", K, S, "note 60",
  "Karabakh Armenians used the gap to take the eastern Kalbajar highlands; the city fell on 3 April 1993.", year=1993)
E("armenia", "participated_in", "kalbajar_capture_1993", K, S, "note 60",
  "Troops from Armenia helped on the western front.", year=1993)
E("kalbajar_capture_1993", "located_in", "kalbajar", K, S, "note 60", "In the Kalbajar mountains and city.")
E("russian_104th_airborne", "supplies", "surat_huseynov", K, R, "note 62",
  "Goltz reported that the division left its entire arsenal to Huseynov as Russian forces were being asked to quit Azerbaijan.")
E("russian_104th_airborne", "part_of", "russia", K, S, "note 62", "A Russian airborne division.")
E("elchibey", "opposes", "russia", K, R, "note 62",
  "Per Goltz, Elchibey's government told Russian forces to withdraw from the country.")
E("russia", "supports", "surat_huseynov", K, R, "note 62 (title of cited work)",
  "Goltz's article title points to a hidden Russian hand; he reports Russian arms passing to Huseynov.")
E("june_1993_coup", "located_in", "ganja", K, S, "note 62", "Goltz travelled to Ganja during the days of the revolt.")
E("panah_huseyn", "attacked", "presidential_guard", K, R, "note 58 (title of cited work)",
  "A cited video title has Surət Hüseynov saying Pənah Hüseyn had Presidential Guard soldiers shot.")
for p in ("monte_melkonian", "kevork_guzelian", "manvel_egiazarian", "kharo_kakhkegian", "jirayr_sefilian"):
    E(p, "participated_in", "first_karabakh_war", K, S, "note 69",
      "Led one of the units in the war, among Armenians from Lebanon and Syria.")
    E(p, "participated_in", "lebanese_civil_war", K, S, "note 69",
      "Had been in earlier Middle East conflicts, chiefly the 1975-1990 Lebanese Civil War.")
E("azerbaijan", "recruits", "afghan_mujahideen", K, R, "note 72 (title of cited work)",
  "A 1993 newspaper title says Azerbaijan hired Afghan mujahideen to fight Armenia.", year=1993)
E("afghan_mujahideen", "participated_in", "first_karabakh_war", K, R, "notes 71, 72, 74 (titles of cited works)",
  "Cited titles speak of mujahideen fighting in the Karabakh war.")
E("rafsanjani", "visited", "karabakh", K, R, "notes 73, 80 (title of cited work)",
  "A cited item's title is an account of Rafsanjani's presence in the Karabakh region.")
E("iran", "supplies", "azerbaijan", K, R, "notes 75, 87, 114",
  "Accounts differ: Rafsanjani's memoirs show Iran only weighing a USD 30m ammunition sale in 1993 (note 75); "
  "cited titles speak of a plane-load of ammunition and USD 30m of arms aid actually given (notes 87, 114).")
E("rahim_noiaqdam", "member_of", "irgc_quds_force", K, S, "note 76",
  "One of the main QF field commanders in the Syrian Civil War.")
E("rahim_noiaqdam", "participated_in", "syrian_civil_war", K, S, "note 76", "QF field commander in the Syrian war.")
E("irgc_quds_force", "participated_in", "syrian_civil_war", K, S, "note 76", "The QF had field commanders in the Syrian war.")
E("rahim_noiaqdam", "perpetrated", "dam_liberation_claim", K, R, "note 76",
  "He claimed that he and eleven Basij men retook the dam and returned it to Azerbaijani control.")
E("basij", "participated_in", "dam_liberation_claim", K, R, "note 76",
  "Eleven Basij members took part, per Noiaqdam's claim.")
E("basij", "part_of", "irgc", K, S, "note 76", "The IRGC's paramilitary Basij Force.")
E("rahim_noiaqdam", "opposes", "az_armed_forces", K, S, "note 76", "He humiliated Azerbaijani troops in his account.")
E("iran", "participated_in", "first_karabakh_war", K, R, "notes 76, 88 (titles of cited works)",
  "A cited title asks why Iran's entry into the Karabakh conflict was never announced; another has an unnamed "
  "speaker saying he commanded operations to liberate Karabakh.")
E("iran", "supports", "omon", K, R, "note 78",
  "Mahir Javadov claims Iran stepped in during a 1994 Fuzuli operation to rescue besieged OMON forces.", year=1994)
E("iran", "supports", "rovshan_javadov", K, R, "note 78",
  "Mahir Javadov claims Iran rescued the besieged Javadov brothers in Fuzuli in 1994.", year=1994)
E("iran", "supports", "mahir_javadov", K, R, "note 78",
  "Mahir Javadov claims Iran rescued the besieged Javadov brothers in Fuzuli in 1994.", year=1994)
E("omon", "participated_in", "fuzuli_operation_1994", K, R, "note 78",
  "OMON forces were besieged in the Fuzuli operation, per Mahir Javadov.", year=1994)
E("fuzuli_operation_1994", "located_in", "fuzuli", K, S, "note 78", "The operation took place in Fuzuli.")
E("mahir_javadov", "kin_of", "rovshan_javadov", K, R, "notes 72, 78 (title of cited work)",
  "A cited title calls Mahir Rovshan Javadov's brother; note 78 speaks of the Javadov brothers (direction arbitrary).")
E("rovshan_javadov", "affiliated_with", "omon", K, R, "notes 68, 78, 134",
  "Cited titles and Mahir's claims tie the Javadovs to OMON forces.")
E("heydar_aliyev", "targets", "rovshan_javadov", K, R, "notes 78, 129, 131 (title of cited work)",
  "Mahir Javadov says Heydər Əliyev was set on destroying his brother.")
E("elchibey", "affiliated_with", "rovshan_javadov", K, R, "note 134",
  "Mahir claims Elchibey asked Rovshan to be at the airport.")
E("rovshan_javadov", "supports", "surat_huseynov", K, R, "note 135 (title of cited work)",
  "A cited video title has Javadov calling Huseynov the leader of the people's movement.")
E("anti_aliyev_coup_plan", "targets", "heydar_aliyev", K, R, "note 138 (title of cited work)",
  "A cited title says fugitives in Russia and Iran were implicated in a plot against Aliev.")
E("rafsanjani", "opposes", "heydar_aliyev", K, S, "note 81", "Rafsanjani made his distrust of Aliyev known.")
E("mahdi_son_of_rafsanjani", "opposes", "heydar_aliyev", K, S, "note 81", "Mahdi also voiced distrust of Aliyev.")
E("mahdi_son_of_rafsanjani", "kin_of", "rafsanjani", K, S, "note 81",
  "Mahdi is Rafsanjani's son (direction arbitrary).")
E("qassem_soleimani", "supports", "mansur_haqiqatpur", K, R, "note 85 (title of cited work)",
  "Cited with Haqiqatpur's interview, a headline quotes a speaker saying Soleimani let him run for the Majles.")
E("iran", "trains", "az_armed_forces", K, R, "notes 86, 109 (titles of cited works)",
  "A cited video title shows Iranian commanders training Azerbaijan's forces; another title has Rəsul "
  "Quliyev saying Iran wanted to give a battalion religion-based training.")
E("rahim_noiaqdam", "sent_to", "baku", K, R, "note 90",
  "Per Colonel Ali Rezai, Noaqdam became Iran's first military adviser in Baku in 1994.", year=1994)
E("irgc_quds_force", "trains", "az_armed_forces", K, S, "notes 94, 95",
  "The QF trained Azerbaijani soldiers, finishing after the 1994 ceasefire; Haqiqatpur gives 6,500 trainees "
  "and General H. Kabiri 8,000.", year=1994)
E("irgc_quds_force", "founded", "qf_first_unit", K, R, "note 94",
  "Haqiqatpur's interview speaks of 'the first unit' formed by the QF.", year=1994)
E("qf_first_unit", "part_of", "az_armed_forces", K, R, "note 94",
  "The first unit was made up of the Azerbaijani soldiers the QF trained.")
E("qf_first_unit", "participated_in", "oct_1994_manoeuvre", K, R, "note 94",
  "Videos show the unit's manoeuvre held right after training, in October 1994.", year=1994)
E("mansur_haqiqatpur", "participated_in", "oct_1994_manoeuvre", K, R, "note 94",
  "Haqiqatpur says the videos show him at the manoeuvre.", year=1994)
E("heydar_aliyev", "participated_in", "oct_1994_manoeuvre", K, R, "note 94",
  "Haqiqatpur says the videos show Aliyev at the manoeuvre.", year=1994)
E("qf_first_unit", "participated_in", "first_karabakh_war", K, R, "note 94",
  "Some QF generals claim the trained soldiers fought in the war; the author rejects this, as training ended after the ceasefire.")
E("heydar_aliyev", "visited", "iran", K, S, "note 94",
  "Aliyev visited Iran about a month after the ceasefire (29 June 1994 in note 94); per Ali Rezai the QF training began after it.",
  year=1994)
E("ali_rezai", "member_of", "irgc", K, R, "note 128 (title of cited work)",
  "A cited video title is about why Colonel Rezai joined the IRGC and how he rose to command in it.")
E("heydar_aliyev", "dismissed", "pfa_battalions", K, R, "note 100",
  "Arif Yunis, quoted by de Waal, says Aliyev disbanded 33 PFA-loyal battalions and promised a new national army.")
E("pfa_battalions", "supports", "pfa", K, R, "note 100", "The battalions were loyal to the PFA.")
E("iran", "supports", "azerbaijan", K, R, "notes 79, 107 (titles of cited works)",
  "Cited titles speak of Iran's military aid to the Baku government and of an Azerbaijani official vowing not to forget Iran's help.")
E("irgc", "affiliated_with", "az_armed_forces", K, R, "note 108 (title of cited work)",
  "A cited title is about the influence of IRGC commanders on Azerbaijan's military.")
E("hossein_shariatmadari", "opposes", "azerbaijan", K, R, "note 113 (title of cited work)",
  "A cited RFI title speaks of his incendiary remarks about Azerbaijan.")
E("mansur_haqiqatpur", "opposes", "azerbaijan", K, R, "notes 113, 114, 118 (titles of cited works)",
  "Cited titles speak of his incendiary remarks on Azerbaijan and his open letters to an Azerbaijani MP.")
E("siyavush_novruzov", "opposes", "mansur_haqiqatpur", K, R, "notes 118, 119 (titles of cited works)",
  "Cited titles have Novruzov answering an Iranian deputy sharply and announcing a case against Haqiqatpur.")
E("azerbaijan", "prosecutes", "mansur_haqiqatpur", K, R, "note 119 (title of cited work)",
  "A cited title says a criminal case about General Haqiqatpur was opened in Azerbaijan.")
E("iran", "arrested", "husayniyyun", K, R, "note 144 (title of cited work)",
  "A 2023 Iranian article title asks why Iran arrested the group's leaders (contrast T: leaders sheltered in Iran).")
E("husayniyyun", "supports", "iran", K, R, "note 144 (title of cited work)",
  "A cited title calls the group an influential movement in Azerbaijan that believes in Islamic Iran.")
E("ilham_aliyev", "demands_extradition_of", "husayniyyun", K, R, "note 145 (title of cited work)",
  "An Iranian outlet's title says Aliyev sought the return of 41 members, a demand it says will never be met "
  "(T attributes the list of 41 to the Prosecutor General).", year=2022)


# --------------------------------------------------------------------------
def load_vocab():
    path = os.path.join(HERE, "vocabulary.tsv")
    vocab = {"type": set(), "relation": set(), "confidence": set()}
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        assert header == ["kind", "name", "definition"], header
        for line in fh:
            if not line.strip():
                continue
            kind, name, _ = line.rstrip("\n").split("\t")
            vocab[kind].add(name)
    return vocab


def check():
    errors = []
    vocab = load_vocab()
    ids = set()
    for n in NODES:
        if n["id"] in ids:
            errors.append("duplicate node id %s" % n["id"])
        ids.add(n["id"])
        if not n["id"].isascii() or not n["id"].replace("_", "").isalnum() or n["id"] != n["id"].lower():
            errors.append("id not snake_case ascii: %s" % n["id"])
        if n["type"] not in vocab["type"]:
            errors.append("node %s: type %s not in vocabulary" % (n["id"], n["type"]))
    seen = set()
    used = set()
    for e in EDGES:
        for end in (e["src"], e["dst"]):
            if end not in ids:
                errors.append("dangling id %s in %s" % (end, e))
            used.add(end)
        if e["rel"] not in vocab["relation"]:
            errors.append("relation %s not in vocabulary" % e["rel"])
        if e["conf"] not in vocab["confidence"]:
            errors.append("confidence %s not in vocabulary" % e["conf"])
        key = (e["src"], e["dst"], e["rel"], e["paper"])
        if key in seen:
            errors.append("duplicate tie %s" % (key,))
        seen.add(key)
        if e["rel"] == "kin_of" and (e["dst"], e["src"], e["rel"], e["paper"]) in seen:
            errors.append("duplicate kin tie %s" % (key,))
        if not e["loc"] or not e["ev"]:
            errors.append("missing locator/evidence %s" % (key,))
    for n in NODES:
        if n["id"] not in used:
            errors.append("isolated node %s" % n["id"])
    if errors:
        sys.exit("\n".join(errors))


def node_sources():
    src = {n["id"]: set() for n in NODES}
    for e in EDGES:
        src[e["src"]].add(e["paper"])
        src[e["dst"]].add(e["paper"])
    order = [T, K]
    return {k: "; ".join(p for p in order if p in v) for k, v in src.items()}


NODE_KEYS = [("label", "string"), ("aliases", "string"), ("type", "string"), ("start", "int"),
             ("end", "int"), ("source", "string"), ("note", "string")]
EDGE_KEYS = [("relation", "string"), ("year", "int"), ("end", "int"), ("confidence", "string"),
             ("source", "string"), ("locator", "string"), ("evidence", "string")]


def data(key, value):
    return '<data key="%s">%s</data>' % (key, escape(str(value)))


def write():
    srcs = node_sources()
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
        if n["note"]:
            parts.append(data("n_note", n["note"]))
        parts.append('</node>')
        w("".join(parts))
    for i, e in enumerate(EDGES, 1):
        parts = ['    <edge id="e%d" source=%s target=%s>' % (i, quoteattr(e["src"]), quoteattr(e["dst"]))]
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
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    check()
    write()
    print("wrote %s: %d nodes, %d edges" % (os.path.relpath(OUT), len(NODES), len(EDGES)))
