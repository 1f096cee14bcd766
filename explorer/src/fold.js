// fold.js — search keys with case and diacritics folded, so that "Huseynciler" finds "Hüseynçilər".
//
// Unicode decomposition (NFD) followed by removing combining marks folds most Latin letters
// (ü -> u, ç -> c, ş -> s, ğ -> g, ö -> o, İ -> i), but not the letters that are separate code
// points with no decomposition: dotless ı, schwa ə (Azerbaijani), ø, ł, đ, ß, æ ... Those are
// folded by the explicit table below, as are Arabic-script variants (Arabic and Persian yeh and
// kaf, teh marbuta, alef with hamza, Persian and Arabic-Indic digits, tatweel, ZWNJ) and
// typographic apostrophes and dashes. Combining marks (accents, Arabic harakat) are then dropped,
// and runs of white space become one space.

const TABLE = new Map([
  ["ı", "i"], ["ə", "e"], ["ø", "o"], ["ł", "l"], ["đ", "d"], ["ð", "d"], ["ħ", "h"], ["ŧ", "t"],
  ["ŋ", "n"], ["ĸ", "k"], ["ſ", "s"], ["ß", "ss"], ["æ", "ae"], ["œ", "oe"], ["þ", "th"],
  // apostrophes and quotes that names are written with interchangeably
  ["’", "'"], ["‘", "'"], ["ʼ", "'"], ["ʻ", "'"], ["`", "'"], ["´", "'"], ["ʹ", "'"], ["′", "'"],
  // dashes and hyphens
  ["‐", "-"], ["‑", "-"], ["‒", "-"], ["–", "-"], ["—", "-"], ["―", "-"], ["−", "-"],
  // Arabic script: Arabic and Persian letter variants, tatweel, zero-width non-joiner
  ["ي", "ی"], ["ى", "ی"], ["ئ", "ی"], ["ك", "ک"], ["ة", "ه"], ["ۀ", "ه"], ["أ", "ا"], ["إ", "ا"],
  ["آ", "ا"], ["ٱ", "ا"], ["ؤ", "و"], ["ـ", ""], ["\u200c", ""], ["\u200d", ""],
  // Persian and Arabic-Indic digits
  ["۰", "0"], ["۱", "1"], ["۲", "2"], ["۳", "3"], ["۴", "4"], ["۵", "5"], ["۶", "6"], ["۷", "7"], ["۸", "8"], ["۹", "9"],
  ["٠", "0"], ["١", "1"], ["٢", "2"], ["٣", "3"], ["٤", "4"], ["٥", "5"], ["٦", "6"], ["٧", "7"], ["٨", "8"], ["٩", "9"],
]);

const MARKS = /\p{M}+/gu;
const SPACE = /\s+/gu;

/** The search key of `text`: lower case, table-folded, without combining marks, spaces collapsed. */
export function fold(text) {
  if (text === null || text === undefined) return "";
  // Decompose first (so that precomposed letters the table names in decomposed form match),
  // lower-case, fold by the table, then compose again before dropping marks: the table's letters
  // are single code points in NFC.
  const lowered = String(text).normalize("NFD").toLowerCase().normalize("NFC");
  let out = "";
  for (const ch of lowered) {
    const mapped = TABLE.get(ch);
    out += mapped === undefined ? ch : mapped;
  }
  return out.normalize("NFD").replace(MARKS, "").replace(SPACE, " ").trim();
}

/** The table's entries, for tests and for the page's help text. */
export function foldTable() {
  return Array.from(TABLE.entries());
}
