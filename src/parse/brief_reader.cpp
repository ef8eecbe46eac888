#include "parse/brief_reader.hpp"

#include <filesystem>
#include <map>

#include "base/files.hpp"
#include "base/sha256.hpp"
#include "parse/blocks.hpp"
#include "parse/stamp_reader.hpp"
#include "xml/values.hpp"

namespace briefing::parse {

using xml::ChildRule;
using xml::element_name;
using xml::is_iso_date;
using xml::Reader;

namespace {

namespace fs = std::filesystem;

void check_date(Reader& r, Location where, const std::string& date) {
  if (!date.empty() && !is_iso_date(date))
    r.error(where, "bad date '" + date + "': expected an ISO 8601 date such as 2026-01-15");
}

void read_provenance(Reader& r, pugi::xml_node node, ArticleSpec& article) {
  article.url = r.text(node, "url").value_or("");
  article.outlet = r.text(node, "outlet").value_or("");
  article.retrieved = r.text(node, "retrieved").value_or("");
  article.sha256 = r.text(node, "sha256").value_or("");
  if (!article.url.empty() && !article.url.starts_with("https://") &&
      !article.url.starts_with("http://"))
    r.error(r.where(node, "url"), "bad url '" + article.url +
                                      "': expected the address the article was read at, "
                                      "starting with https:// or http://");
  check_date(r, r.where(node, "retrieved"), article.retrieved);
  if (!article.sha256.empty() && !is_sha256_hex(article.sha256))
    r.error(r.where(node, "sha256"),
            "bad sha256 '" + article.sha256 +
                "': expected 64 lower-case hexadecimal digits, as `briefing pin` writes them");
  auto sentences = r.text(node, "sentences");
  if (!sentences) return;
  bool digits = !sentences->empty() && sentences->size() < 9 &&
                sentences->find_first_not_of("0123456789") == std::string::npos;
  if (digits)
    article.sentences = std::stoi(*sentences);
  else
    r.error(r.where(node, "sentences"),
            "bad sentences '" + *sentences +
                "': expected the article's number of sentences, as `briefing pin` writes it");
  if (article.sha256.empty())
    r.error(r.where(node, "sentences"),
            "'sentences' without 'sha256': both are written by `briefing pin`");
}

std::optional<ArticleSpec> read_article(Reader& r, pugi::xml_node node,
                                        const std::string& brief_dir, const Confinement& confine) {
  r.check_attributes(node, {"id", "file", "agency", "title", "date", "url", "outlet", "retrieved",
                            "sha256", "sentences"});
  ArticleSpec article;
  article.where = r.where(node);
  auto id = r.required_text(node, "id");
  auto file = r.required_text(node, "file");
  auto title = r.required_text(node, "title");
  article.agency = r.text(node, "agency").value_or("");
  article.date = r.text(node, "date").value_or("");
  check_date(r, r.where(node, "date"), article.date);
  read_provenance(r, node, article);
  auto outside = file ? confine.violation(*file, fs::path(brief_dir) / *file) : std::nullopt;
  if (outside) {
    r.error(r.where(node, "file"), *outside);
    return std::nullopt;
  }
  if (file && !is_file(fs::path(brief_dir) / *file))
    r.error(r.where(node, "file"),
            "source file '" + *file +
                (path_exists(fs::path(brief_dir) / *file) ? "' is not a regular file (looked for "
                                                          : "' does not exist (looked for ") +
                (fs::path(brief_dir) / *file).string() + ")");
  if (!id || !file || !title) return std::nullopt;
  article.id = *id;
  article.file = *file;
  article.title = *title;
  return article;
}

void read_sources(Reader& r, pugi::xml_node node, BriefSpec& spec, const Confinement& confine) {
  r.check_attributes(node, {});
  std::map<std::string, Location> first;
  r.read_children(node, {{"article", false, [&](pugi::xml_node child) {
                            auto article = read_article(r, child, spec.brief_dir, confine);
                            if (!article) return;
                            auto [it, inserted] = first.emplace(article->id, article->where);
                            if (!inserted) {
                              r.error(r.where(child, "id"), "duplicate article id '" + article->id +
                                                                "' (the first is at line " +
                                                                std::to_string(it->second.line) +
                                                                ")");
                              return;
                            }
                            spec.sources.push_back(std::move(*article));
                          }}});
}

// <facts file="..."/> names the facts file; without it, facts.xml beside brief.xml is used when
// it exists, so a brief that cites no facts needs none.
void read_facts_ref(Reader& r, pugi::xml_node node, BriefSpec& spec, const Confinement& confine) {
  r.check_attributes(node, {"file"});
  auto file = r.required_text(node, "file");
  if (!file) return;
  auto path = fs::path(spec.brief_dir) / *file;
  if (auto outside = confine.violation(*file, path)) {
    r.error(r.where(node, "file"), *outside);
    return;
  }
  if (!is_file(path)) {
    r.error(r.where(node, "file"),
            "facts file '" + *file + "' does not exist (looked for " + path.string() + ")");
    return;
  }
  spec.facts_file = path.string();
}

void find_default_facts(Reader& r, BriefSpec& spec, const Confinement& confine) {
  auto path = fs::path(spec.brief_dir) / "facts.xml";
  // One that exists but is no regular file (a FIFO, a folder) is read, and refused, as any other.
  if (!path_exists(path)) return;
  if (auto outside = confine.violation("facts.xml", path))
    r.error(spec.where, *outside);
  else
    spec.facts_file = path.string();
}

ChildRule meta_rule(Reader& r, std::string_view name, std::string& field,
                    Location* where = nullptr) {
  return {name, true, [&r, &field, where](pugi::xml_node node) {
            r.check_attributes(node, {});
            field = r.plain_text(node);
            if (where) *where = r.where(node);
          }};
}

}  // namespace

std::optional<LayoutRef> read_brief(Reader& r, BriefSpec& spec, const Confinement& confine,
                                    ImageFiles& images) {
  auto root = r.file().root();
  spec.where = r.where(root);
  if (std::string_view(root.name()) != "brief") {
    r.error(spec.where, "expected the root element <brief>, found " + element_name(root));
    return std::nullopt;
  }
  r.check_attributes(root, {"layout", "lang"});
  auto layout = r.required_text(root, "layout");
  if (auto lang = r.text(root, "lang"); lang && !lang->empty()) spec.meta.lang = *lang;
  spec.meta.lang_where = r.where(root, "lang");
  r.require_child(root, "title");

  auto& meta = spec.meta;
  ImagePlace place{images, fs::path(spec.brief_dir)};
  std::vector<ChildRule> rules = {
      meta_rule(r, "title", meta.title, &meta.title_where),
      meta_rule(r, "subtitle", meta.subtitle),
      meta_rule(r, "date", meta.date),
      meta_rule(r, "classification", meta.classification),
      meta_rule(r, "author", meta.author, &meta.author_where),
      meta_rule(r, "subject", meta.subject, &meta.subject_where),
      meta_rule(r, "keywords", meta.keywords, &meta.keywords_where),
      {"sources", true, [&](pugi::xml_node node) { read_sources(r, node, spec, confine); }},
      {"facts", true, [&](pugi::xml_node node) { read_facts_ref(r, node, spec, confine); }},
      {"stamp", false,
       [&](pugi::xml_node node) { spec.stamps.push_back(read_stamp(r, node, false, place)); }},
  };
  for (auto& rule : block_rules(r, spec.body, 0, place)) rules.push_back(std::move(rule));
  r.read_children(root, rules);
  if (auto date = root.child("date")) check_date(r, r.where(date), meta.date);
  if (!root.child("facts")) find_default_facts(r, spec, confine);

  if (!layout) return std::nullopt;
  return LayoutRef{*layout, r.where(root, "layout")};
}

}  // namespace briefing::parse
