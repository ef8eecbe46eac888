#include "render/metadata.hpp"

#include <hpdf.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace briefing::render {

namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// YYYY-MM-DD at midnight with no time zone: the brief gives a day, not an instant.
std::optional<HPDF_Date> parse_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto year = digits(iso.substr(0, 4));
  auto month = digits(iso.substr(5, 2));
  auto day = digits(iso.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  HPDF_Date date{};
  date.year = *year;
  date.month = *month;
  date.day = *day;
  date.ind = ' ';
  return date;
}

// Enough of BCP 47 to keep junk out of the catalog: letters, digits and hyphens, starting with
// a letter ("en", "vi-VN", "zh-Hans").
bool language_tag(std::string_view tag) {
  auto allowed = [](unsigned char c) { return std::isalnum(c) || c == '-'; };
  return !tag.empty() && std::isalpha(static_cast<unsigned char>(tag.front())) &&
         tag.back() != '-' && std::all_of(tag.begin(), tag.end(), allowed);
}

struct InfoField {
  HPDF_InfoType type;
  const char* key;
  const char* what;
};

// libharu makes the entry, in its place in the dictionary, and the value is then replaced by a
// text string that keeps every character (libharu's own would have spaces for those past
// U+FFFF). Each field is checked as it is set, so that a refusal names the field that caused it.
bool set_text(HaruDoc& pdf, InfoField field, const std::string& value, const Location& where,
              Diagnostics& diags) {
  if (value.empty()) return true;
  if (HPDF_SetInfoAttr(pdf.get(), field.type, "") == HPDF_OK)
    haru::put_entry(haru::info(pdf.ref()), field.key, haru::Hex{text_string(value)});
  return pdf.check(diags, where, std::string("cannot write ") + field.what + " into the PDF");
}

void set_dates(HaruDoc& pdf, const std::string& iso, Diagnostics& diags) {
  if (iso.empty()) return;
  auto date = parse_date(iso);
  if (!date) {
    diags.error({}, "document date '" + iso + "' is not in the form YYYY-MM-DD");
    return;
  }
  HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_CREATION_DATE, *date);
  HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_MOD_DATE, *date);
  pdf.check(diags, {}, "document date '" + iso + "'");
}

// libharu 2.3.0 has no call for /Lang, which is a catalog entry (through the seam).
void set_language(HaruDoc& pdf, const std::string& tag, Diagnostics& diags) {
  if (tag.empty()) return;
  if (!language_tag(tag)) {
    diags.warn({}, "document language '" + tag + "' is not a BCP 47 tag; the PDF states none");
    return;
  }
  haru::put_entry(haru::catalog(pdf.ref()), "Lang", haru::Literal{tag});
  haru::require_pdf_version(pdf.ref(), 4);  // /Lang came with PDF 1.4
}

}  // namespace

void write_metadata(HaruDoc& pdf, const DocInfo& info, Diagnostics& diags) {
  bool written =
      set_text(pdf, {HPDF_INFO_TITLE, "Title", "the title"}, info.title, info.title_where, diags) &&
      set_text(pdf, {HPDF_INFO_AUTHOR, "Author", "the author"}, info.author, info.author_where,
               diags) &&
      set_text(pdf, {HPDF_INFO_SUBJECT, "Subject", "the subject"}, info.subject, info.subject_where,
               diags) &&
      set_text(pdf, {HPDF_INFO_KEYWORDS, "Keywords", "the keywords"}, info.keywords,
               info.keywords_where, diags) &&
      set_text(pdf, {HPDF_INFO_CREATOR, "Creator", "the creator"}, info.creator, {}, diags);
  if (!written) return;
  set_dates(pdf, info.date, diags);
  set_language(pdf, info.language, diags);
}

}  // namespace briefing::render
