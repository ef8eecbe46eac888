// verify_claim: the article exists, holds the quote, and the quote states the claimed figure.
#include <algorithm>

#include "data/check_claims.hpp"
#include "data/check_quote.hpp"
#include "data/facts_syntax.hpp"
#include "data/format.hpp"
#include "xml/values.hpp"

namespace briefing::data {

namespace {

// "USD 250 billion (over)"; the kind joins the qualifier when kinds are being told apart.
std::string describe(const Decimal& value, const std::optional<Decimal>& upper, Kind kind,
                     std::string_view unit, std::string_view qualifier, bool with_kind) {
  auto text = format_quantity(value, upper, kind, unit, "", "en");
  std::string notes(qualifier);
  if (with_kind) notes += (notes.empty() ? "" : ", ") + std::string(kind_name(kind));
  return notes.empty() ? text : text + " (" + notes + ")";
}

const Article* cited_article(const Claim& claim, const std::map<std::string, Article>& articles,
                             Diagnostics& diags) {
  auto found = articles.find(claim.article);
  if (found != articles.end()) return &found->second;
  std::vector<std::string_view> known;
  for (const auto& entry : articles) known.push_back(entry.first);
  auto close = xml::closest_name(claim.article, known);
  diags.error(claim.where,
              claim.name + ": unknown article '" + claim.article + "'" +
                  (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                  (known.empty() ? "; the brief declares no articles"
                                 : "; the brief's articles are: " + xml::join_names(known)));
  return nullptr;
}

// "; the nearest sentence, at FILE:22:1, has no '251'": where the quote was likely copied from.
std::string nearest_sentence(const QuoteSearch& search) {
  if (!search.nearest) return "";
  std::string text = "; the nearest sentence, at " + place(search.nearest->where);
  if (search.lacking.empty()) return text + ", differs in punctuation or word order";
  text += ", has no ";
  // A few words show the slip; a long list would hide it.
  auto shown = std::min<std::size_t>(search.lacking.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) text += (i > 0 ? ", '" : "'") + search.lacking[i] + "'";
  return shown < search.lacking.size() ? text + ", …" : text;
}

const Sentence* quoted_sentence(const Claim& claim, const Article& article,
                                const QuoteSearch& search, Diagnostics& diags) {
  auto in_article = "article '" + claim.article + "'";
  if (search.runs_across) {
    diags.error(claim.where, claim.name + ": the quote runs on past the sentence at " +
                                 place(search.runs_across->where) + " of " + in_article +
                                 "; quote one sentence, or a part of one");
  } else if (!search.sentence) {
    diags.error(claim.where, claim.name + ": the quote is not in " + in_article + " (" +
                                 article.path + ")" + nearest_sentence(search));
  } else if (search.sentence->zone == Zone::caption && !claim.from_caption) {
    diags.error(claim.where, claim.name + ": the quote is in a photo caption of " + in_article +
                                 " at " + place(search.sentence->where) +
                                 ", not in its own text; zone=\"caption\" cites it knowingly, "
                                 "and its note then says \"photo caption\"");
  } else if (search.sentence->zone != Zone::caption && claim.from_caption) {
    diags.error(claim.where, claim.name +
                                 ": zone=\"caption\", but the quote is not in a photo "
                                 "caption of " +
                                 in_article + " (it is at " + place(search.sentence->where) +
                                 "); remove zone=\"caption\"");
  } else if (search.sentence->zone == Zone::sidebar && !claim.from_sidebar) {
    diags.error(claim.where, claim.name + ": the quote is in a sidebar of " + in_article + " at " +
                                 place(search.sentence->where) +
                                 " (a teaser, byline or boilerplate), not in its own text; "
                                 "zone=\"sidebar\" cites it knowingly, as a side panel's figure");
  } else if (search.sentence->zone != Zone::sidebar && claim.from_sidebar) {
    diags.error(claim.where, claim.name +
                                 ": zone=\"sidebar\", but the quote is in the own text of " +
                                 in_article + " at " + place(search.sentence->where) +
                                 "; remove zone=\"sidebar\"");
  } else {
    return search.sentence;
  }
  return nullptr;
}

// Quantities of the sentence that the quoted bytes touch: the sentence gives them their
// qualifier and period, so quoting "USD 250 billion" out of "over USD 250 billion" still
// states "over".
std::vector<Quantity> quoted_quantities(const Sentence& sentence, const QuoteSearch& search,
                                        const Article& article) {
  auto all = find_quantities(sentence.text, article.date);
  std::vector<Quantity> quoted;
  std::copy_if(all.begin(), all.end(), std::back_inserter(quoted), [&](const Quantity& q) {
    return q.offset < search.end && q.offset + q.as_written.size() > search.begin;
  });
  return quoted;
}

void report_mismatch(const Claim& claim, const std::vector<Quantity>& quoted, Diagnostics& diags) {
  std::vector<const Quantity*> shown;
  for (const auto& q : quoted)
    if (q.kind == claim.kind) shown.push_back(&q);
  bool other_kinds = shown.empty();
  if (other_kinds)
    for (const auto& q : quoted) shown.push_back(&q);
  std::string stated;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i > 0) stated += i + 1 == shown.size() ? " and " : ", ";
    stated += describe(shown[i]->value, shown[i]->upper, shown[i]->kind, shown[i]->unit,
                       shown[i]->qualifier, other_kinds);
  }
  diags.error(claim.where, claim.name + ": the quote states " +
                               (stated.empty() ? "no figure" : stated) + ", not " +
                               describe(claim.value, claim.upper, claim.kind, claim.unit,
                                        claim.qualifier, other_kinds && !shown.empty()));
}

}  // namespace

bool verify_claim(const Claim& claim, const std::map<std::string, Article>& articles,
                  QuoteIndexes& indexes, Diagnostics& diags) {
  const auto* article = cited_article(claim, articles, diags);
  if (!article) return false;
  auto search = indexes.of(*article).find(claim.quote);
  const auto* sentence = quoted_sentence(claim, *article, search, diags);
  if (!sentence) return false;
  auto quoted = quoted_quantities(*sentence, search, *article);
  const auto* match = stating_quantity(claim, quoted);
  if (!match) {
    if (!report_range_end(claim, quoted, diags)) report_mismatch(claim, quoted, diags);
    return false;
  }
  if (!check_subject(claim, sentence->text, quoted, *match, diags)) return false;
  if (!change_agrees(claim, *match, diags)) return false;
  return check_period(claim, *match, *article, diags);
}

}  // namespace briefing::data
