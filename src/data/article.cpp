#include <filesystem>
#include <vector>

#include "base/files.hpp"
#include "base/unicode.hpp"
#include "data/article_parts.hpp"
#include "data/data.hpp"

namespace briefing::data {

namespace {

// Line and column (1-based, bytes) of a byte offset; lines end at LF, CRLF or CR.
Location locate(const std::string& path, std::string_view text, std::size_t offset) {
  std::vector<std::size_t> starts = line_starts(text.substr(0, offset));
  return {path, int(starts.size()), int(offset - starts.back()) + 1};
}

}  // namespace

std::optional<Article> read_article(const std::string& path, Diagnostics& diags) {
  auto bytes = read_bounded(path, kArticleLimit);
  if (bytes.problem == ReadProblem::cannot_open) {
    diags.error({path, 0, 0}, "cannot read article");
    return std::nullopt;
  }
  if (!bytes) {
    diags.error({path, 0, 0}, "cannot read article: " + describe(bytes.problem, kArticleLimit));
    return std::nullopt;
  }
  if (auto bad = invalid_utf8_offset(bytes.bytes)) {
    diags.error(locate(path, bytes.bytes, *bad),
                "article is not valid UTF-8 at byte " + std::to_string(*bad));
    return std::nullopt;
  }
  // An article is quoted as evidence, so a character that does not print is refused rather than
  // dropped: the quote and the article must agree byte for byte.
  if (auto bad = forbidden_character_offset(bytes.bytes)) {
    std::size_t at = *bad;
    diags.error(locate(path, bytes.bytes, *bad),
                "article has " + forbidden_character(next_code_point(bytes.bytes, at)) +
                    ", which is not allowed (tab, line feed and carriage return are the only "
                    "control characters an article may hold)");
    return std::nullopt;
  }
  Article article;
  article.path = path;
  article.id = std::filesystem::path(path).filename().string();
  article.text = std::move(bytes.bytes);
  auto lines = split_lines(article.text);
  article.date = cut_metadata(lines);
  tag_zones(lines);
  if (article.date.empty()) article.date = date_near_top(lines);
  article.headline = find_headline(lines);
  article.sentences = split_sentences(lines, path);
  if (article.sentences.empty()) {
    diags.error({path, 0, 0}, "article is empty");
    return std::nullopt;
  }
  return article;
}

}  // namespace briefing::data
