#include <filesystem>

#include "base/files.hpp"
#include "base/unicode.hpp"
#include "data/article_parts.hpp"
#include "data/data.hpp"

namespace briefing::data {

namespace {

// Line and column (1-based, bytes) of a byte offset.
Location locate(const std::string& path, std::string_view text, std::size_t offset) {
  Location where{path, 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.col = 1;
    } else {
      ++where.col;
    }
  }
  return where;
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
