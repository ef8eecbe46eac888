#include "data/extract_output.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <filesystem>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "base/unicode.hpp"

namespace briefing::data {

namespace {

std::string tsv_field(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Latin letters without their accents ("Việt" -> "Viet", "đ" -> "d"), for ids.
std::string ascii_fold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string decomposed(text);
  if (U_SUCCESS(status)) {
    auto unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    decomposed.clear();
    nfd->normalize(unicode, status).toUTF8String(decomposed);
  }
  std::string out;
  for (std::size_t pos = 0; pos < decomposed.size();) {
    char32_t c = next_code_point(decomposed, pos);
    if (c == U'đ' || c == U'Đ') c = 'd';
    if (c < 0x80) out += char(c);
  }
  return out;
}

std::string slug(std::string_view text) {
  std::string out;
  for (char c : ascii_fold(text)) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = char(c - 'A' + 'a');
      alnum = true;
    }
    if (alnum) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string suggested_id(const Candidate& c, std::set<std::string>& taken) {
  std::string base = slug(c.subject);
  if (base.empty()) base = std::string(kind_name(c.quantity.kind));
  if (c.quantity.period && c.quantity.kind != Kind::date) {
    std::string period = slug(c.quantity.period->iso());
    if (!period.empty()) base += "-" + period;
  }
  std::string id = base;
  for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
  taken.insert(id);
  return id;
}

std::string label(const Candidate& c) {
  if (c.subject.empty()) return c.quantity.as_written;
  std::string text = c.subject;
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
  return text;
}

}  // namespace

std::string candidates_tsv(const std::vector<Candidate>& candidates) {
  std::string out =
      "file\toffset\tkind\tvalue_as_written\tvalue\tunit\tqualifier\tperiod\tzone"
      "\tquote\tsubject\n";
  for (const Candidate& c : candidates) {
    const Quantity& q = c.quantity;
    std::string offset = std::to_string(c.offset), value = q.value.plain();
    std::string period = q.period ? q.period->iso() : "";
    const std::string_view fields[] = {
        c.file,      offset, kind_name(q.kind), q.as_written, value,    q.unit,
        q.qualifier, period, zone_name(c.zone), c.quote,      c.subject};
    for (std::size_t k = 0; k < std::size(fields); ++k) {
      if (k > 0) out += '\t';
      out += tsv_field(fields[k]);
    }
    out += '\n';
  }
  return out;
}

std::string candidates_xml(const std::vector<Candidate>& candidates) {
  pugi::xml_document doc;
  auto root = doc.append_child("candidates");
  std::set<std::string> taken;
  for (const Candidate& c : candidates) {
    const Quantity& q = c.quantity;
    auto node = root.append_child("candidate");
    node.append_attribute("id") = suggested_id(c, taken).c_str();
    node.append_attribute("label") = label(c).c_str();
    node.append_attribute("kind") = std::string(kind_name(q.kind)).c_str();
    node.append_attribute("value") = q.value.plain().c_str();
    // Written only when the figure is a range or a change, as a fact writes them.
    if (q.upper) node.append_attribute("to") = q.upper->plain().c_str();
    node.append_attribute("unit") = q.unit.c_str();
    node.append_attribute("qualifier") = q.qualifier.c_str();
    if (q.change != Change::none)
      node.append_attribute("change") = std::string(change_name(q.change)).c_str();
    node.append_attribute("period") = q.period ? q.period->iso().c_str() : "";
    node.append_attribute("article") = std::filesystem::path(c.file).filename().string().c_str();
    node.append_attribute("quote") = c.quote.c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace briefing::data
