// `briefing pin`: records in brief.xml the SHA-256 and the number of sentences of each article
// of its <sources>, so that `check` notices a copy edited after it was reviewed. Only the
// attributes it writes change; the rest of the file is kept byte for byte.
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

#include "base/files.hpp"
#include "base/sha256.hpp"
#include "cli/commands.hpp"
#include "data/data.hpp"
#include "parse/parse.hpp"

namespace briefing::cli {

namespace {

struct Attribute {
  std::string name;
  std::size_t value_begin = 0, value_end = 0;  // the value's bytes, between its quotes
};

struct StartTag {
  std::vector<Attribute> attributes;
  std::size_t end = 0;  // of the last attribute's closing quote, or of the element's name
};

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The start tag whose '<' is at `at`; the parser has accepted the file, so its syntax holds.
StartTag start_tag(const std::string& text, std::size_t at) {
  StartTag tag;
  std::size_t i = at + 1;
  while (i < text.size() && !space(text[i]) && text[i] != '/' && text[i] != '>') ++i;
  tag.end = i;
  while (i < text.size()) {
    while (i < text.size() && space(text[i])) ++i;
    if (i >= text.size() || text[i] == '/' || text[i] == '>') break;
    Attribute attribute;
    std::size_t name_begin = i;
    while (i < text.size() && text[i] != '=' && !space(text[i])) ++i;
    attribute.name = text.substr(name_begin, i - name_begin);
    i = text.find_first_of("\"'", i);
    if (i == std::string::npos) break;
    std::size_t close = text.find(text[i], i + 1);
    if (close == std::string::npos) break;
    attribute.value_begin = i + 1;
    attribute.value_end = close;
    tag.attributes.push_back(attribute);
    tag.end = close + 1;
    i = close + 1;
  }
  return tag;
}

// Sets the attribute in the tag at `at`: its value replaced when present, else added after the
// last attribute, on a line of its own when the tag already spreads over several.
void set_attribute(std::string& text, std::size_t at, const std::string& name,
                   const std::string& value) {
  auto tag = start_tag(text, at);
  for (const auto& attribute : tag.attributes)
    if (attribute.name == name) {
      text.replace(attribute.value_begin, attribute.value_end - attribute.value_begin, value);
      return;
    }
  // A new line ends as the tag's own lines do (LF, CRLF or CR) and is indented as its last.
  std::string separator = " ";
  if (auto end = text.find_last_of("\r\n", tag.end); end != std::string::npos && end > at) {
    std::size_t start = text.compare(end - 1, 2, "\r\n") == 0 ? end - 1 : end;
    std::size_t indent = end + 1;
    while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
    separator = text.substr(start, indent - start);
  }
  text.insert(tag.end, separator + name + "=\"" + value + "\"");
}

// The byte at line:col, lines ending as the XML reader ends them: LF, CRLF or CR.
std::optional<std::size_t> offset_of(const std::string& text, const Location& where) {
  std::size_t at = 0;
  for (int line = 1; line < where.line; ++line) {
    at = text.find_first_of("\r\n", at);
    if (at == std::string::npos) return std::nullopt;
    at += text.compare(at, 2, "\r\n") == 0 ? 2 : 1;
  }
  at += static_cast<std::size_t>(where.col - 1);
  if (text.compare(at, 8, "<article") != 0) return std::nullopt;
  return at;
}

}  // namespace

int pin_command(const PinOptions& options) {
  Diagnostics diags;
  auto spec = parse::parse_brief(
      options.brief.brief_dir,
      parse::ParseOptions{options.brief.data_dir, options.brief.allowed_dirs}, diags);
  if (!spec || diags.has_errors()) {
    print(diags);
    return kInputError;
  }
  std::string path = (std::filesystem::path(spec->brief_dir) / "brief.xml").string();
  auto file = read_bounded(path, kXmlLimit);
  if (!file) {
    diags.error({path, 0, 0}, "cannot read the brief again to pin its articles: " +
                                  describe(file.problem, kXmlLimit));
    print(diags);
    return kInputError;
  }
  std::string& text = file.bytes;
  // From the last article to the first, so that each edit leaves the offsets before it valid.
  int changed = 0;
  for (auto source = spec->sources.rbegin(); source != spec->sources.rend(); ++source) {
    auto article =
        data::read_article((std::filesystem::path(spec->brief_dir) / source->file).string(), diags);
    if (!article) continue;
    auto digest = sha256_hex(article->text);
    changed += digest != source->sha256;
    auto at = offset_of(text, source->where);
    if (!at) {
      diags.error(source->where, "article '" + source->id +
                                     "' is not at this place of brief.xml as read again; nothing "
                                     "was pinned (was the file changed meanwhile?)");
      continue;
    }
    set_attribute(text, *at, "sentences", std::to_string(article->sentences.size()));
    set_attribute(text, *at, "sha256", digest);
  }
  print(diags);
  if (diags.has_errors()) return kInputError;
  if (rewrite_input(path, {text.begin(), text.end()}, diags) != WriteResult::written) {
    print(diags);
    return kInputError;
  }
  std::fprintf(stderr, "briefing: %s: articles pinned: %zu (new or changed: %d)\n", path.c_str(),
               spec->sources.size(), changed);
  return 0;
}

}  // namespace briefing::cli
