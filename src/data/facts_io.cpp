#include "data/facts_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>

#include "base/files.hpp"
#include "data/check_quote.hpp"
#include "data/facts_syntax.hpp"
#include "data/format.hpp"
#include "xml/xml_file.hpp"

namespace briefing::data {

namespace {

constexpr std::string_view new_file =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<facts>\n</facts>\n";

// What is already in the file, to tell new candidates from old.
struct Known {
  std::string file;   // empty for curated facts and points
  std::string quote;  // folded for comparison
  Decimal value;
};

// Where an element's text lies: its start tag ends just before `content`; `close` is the '<' of
// its end tag, or npos when the element is empty (<candidates/>).
struct Extent {
  std::size_t content = std::string_view::npos;
  std::size_t close = std::string_view::npos;
};

// The '>' closing the tag that starts at `pos`, quoted attribute values skipped.
std::size_t tag_end(std::string_view xml, std::size_t pos) {
  char quote = 0;
  for (; pos < xml.size(); ++pos) {
    char c = xml[pos];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return pos;
    }
  }
  return std::string_view::npos;
}

// The file has parsed as XML, so only comments, CDATA and processing instructions need
// skipping to pair the element's tags.
Extent extent(std::string_view xml, std::size_t start) {
  auto end = tag_end(xml, start);
  if (end == std::string_view::npos) return {};
  if (xml[end - 1] == '/') return {end + 1, std::string_view::npos};
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> skipped{
      {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}}};
  int depth = 1;
  for (auto pos = xml.find('<', end); pos != std::string_view::npos; pos = xml.find('<', pos)) {
    auto skip = std::find_if(skipped.begin(), skipped.end(), [&](const auto& markup) {
      return xml.substr(pos).starts_with(markup.first);
    });
    if (skip != skipped.end()) {
      pos = xml.find(skip->second, pos);
      if (pos == std::string_view::npos) break;
      continue;
    }
    bool closing = xml.substr(pos).starts_with("</");
    if (closing && --depth == 0) return {end + 1, pos};
    auto tag = tag_end(xml, pos);
    if (tag == std::string_view::npos) break;
    if (!closing && xml[tag - 1] != '/') ++depth;
    pos = tag + 1;
  }
  return {};
}

// The start of the end tag's line when only indentation precedes the end tag on it: where the
// lines of new children go.
std::optional<std::size_t> line_start_before(std::string_view xml, std::size_t close) {
  auto last = xml.find_last_not_of(" \t", close - 1);
  if (last == std::string_view::npos || xml[last] == '\n') return last + 1;
  return std::nullopt;
}

std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string candidate_line(const Candidate& c) {
  const auto& q = c.quantity;
  std::string line = "    <candidate";
  auto attribute = [&](std::string_view name, std::string_view value) {
    line.append(" ").append(name).append("=\"").append(escaped(value)).append("\"");
  };
  attribute("file", c.file);
  attribute("offset", std::to_string(c.offset));
  attribute("zone", zone_name(c.zone));
  attribute("kind", kind_name(q.kind));
  attribute("value", q.value.plain());
  if (q.upper) attribute("to", q.upper->plain());  // a range, as a fact writes it
  attribute("written", q.as_written);
  attribute("unit", q.unit);
  attribute("qualifier", q.qualifier);
  if (q.change != Change::none) attribute("change", change_name(q.change));
  attribute("period", q.period ? q.period->iso() : "");
  attribute("subject", c.subject);
  attribute("quote", c.quote);
  return line + "/>\n";
}

void collect_known(pugi::xml_node root, std::vector<Known>& known) {
  auto add = [&](pugi::xml_node node, std::string file) {
    auto value = parse_fact_value(node.attribute("value").value());
    if (value)
      known.push_back(
          {std::move(file), fold_for_comparison(node.attribute("quote").value()), value.value});
  };
  for (auto fact : root.children("fact")) add(fact, "");
  for (auto series : root.children("series"))
    for (auto point : series.children("point")) add(point, "");
  for (auto candidate : root.child("candidates").children("candidate"))
    add(candidate, candidate.attribute("file").value());
}

bool is_known(const Candidate& c, const std::vector<Known>& known) {
  auto quote = fold_for_comparison(c.quote);
  return std::any_of(known.begin(), known.end(), [&](const Known& k) {
    if (k.value != c.quantity.value) return false;
    if (k.file.empty()) return !k.quote.empty() && quote.find(k.quote) != std::string::npos;
    return k.file == c.file && k.quote == quote;
  });
}

// The file's text with `lines` spliced into <candidates> (created before </facts> if absent).
std::optional<std::string> spliced(std::string text, std::size_t root_start,
                                   std::optional<std::size_t> candidates_start,
                                   const std::string& lines) {
  auto target = candidates_start ? *candidates_start : root_start;
  auto inner = candidates_start ? lines : "  <candidates>\n" + lines + "  </candidates>\n";
  auto where = extent(text, target);
  if (where.content == std::string_view::npos) return std::nullopt;
  if (where.close == std::string_view::npos) {
    // <candidates/> or <facts/>: open it up, keeping whatever attributes the tag has.
    auto name = candidates_start ? std::string("candidates") : std::string("facts");
    auto indent = candidates_start ? "  " : "";
    text.replace(where.content - 2, 2, ">\n" + inner + indent + "</" + name + ">");
    return text;
  }
  auto line = line_start_before(text, where.close);
  text.insert(line.value_or(where.close), (line ? "" : "\n") + inner);
  return text;
}

bool write_replacing(const std::string& path, const std::string& text, Diagnostics& diags) {
  namespace fs = std::filesystem;
  fs::path target(path);
  auto dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  auto temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  struct stat before {};
  mode_t mode = ::stat(path.c_str(), &before) == 0 ? before.st_mode & 07777 : 0644;
  int fd = ::mkstemp(temp.data());
  bool ok = fd >= 0 && ::fchmod(fd, mode) == 0;
  for (std::size_t done = 0; ok && done < text.size();) {
    auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    done += ok ? static_cast<std::size_t>(n) : 0;
  }
  ok = ok && ::fsync(fd) == 0;
  auto saved = errno;
  if (fd >= 0) ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  diags.error({path, 0, 0}, std::string("cannot write the facts file: ") +
                                std::strerror(errno != 0 ? errno : saved));
  if (fd >= 0) ::unlink(temp.c_str());
  return false;
}

}  // namespace

bool append_candidates(const std::string& facts_path, const std::vector<Candidate>& candidates,
                       Diagnostics& diags) {
  std::string text(new_file);
  std::size_t root_start = text.find("<facts");
  std::optional<std::size_t> candidates_start;
  std::vector<Known> known;
  std::unique_ptr<xml::XmlFile> file;
  bool exists = path_exists(facts_path);
  if (exists) {
    file = xml::XmlFile::load(facts_path, diags);
    auto bytes = read_bounded(facts_path, kXmlLimit);
    if (!file || !bytes) return false;
    auto root = file->root();
    if (std::string_view(root.name()) != "facts") {
      diags.error(file->where(root), "the root element of a facts file must be <facts>, found <" +
                                         std::string(root.name()) + ">");
      return false;
    }
    text = std::move(bytes.bytes);
    root_start = static_cast<std::size_t>(root.offset_debug() - 1);
    if (auto section = root.child("candidates"))
      candidates_start = static_cast<std::size_t>(section.offset_debug() - 1);
    collect_known(root, known);
  }
  std::string lines;
  for (const auto& candidate : candidates) {
    if (is_known(candidate, known)) continue;
    lines += candidate_line(candidate);
    known.push_back(
        {candidate.file, fold_for_comparison(candidate.quote), candidate.quantity.value});
  }
  if (exists && lines.empty()) return true;
  auto updated = spliced(std::move(text), root_start, candidates_start, lines);
  if (!updated) {
    diags.error({facts_path, 0, 0}, "the file changed while it was being read; try again");
    return false;
  }
  return write_replacing(facts_path, *updated, diags);
}

}  // namespace briefing::data
