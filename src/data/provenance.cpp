#include "base/sha256.hpp"
#include "data/check_quote.hpp"
#include "data/data.hpp"

namespace briefing::data {

namespace {

// "fact 'trade' (“Bilateral trade reached…”)" for each claim on the article whose quote it no
// longer holds.
std::vector<std::string> lost_quotes(const std::string& article_id, const Article& article,
                                     const FactSheet& sheet) {
  QuoteIndex index(article);
  std::vector<std::string> lost;
  auto note = [&](const std::string& name, const std::string& quote) {
    if (!index.find(quote).sentence) lost.push_back(name + " (\u201C" + quote + "\u201D)");
  };
  for (const auto& fact : sheet.facts)
    if (fact.article == article_id) note("fact '" + fact.id + "'", fact.quote);
  for (const auto& series : sheet.series)
    for (const auto& point : series.points)
      if (point.article == article_id)
        note("series '" + series.id + "', point " + point.period.iso(), point.quote);
  return lost;
}

std::string sentence_change(const Article& article, int pinned) {
  auto now = std::to_string(article.sentences.size());
  if (pinned < 0) return "it has " + now + " sentences";
  if (static_cast<std::size_t>(pinned) == article.sentences.size())
    return "it still has " + now + " sentences, so some were rewritten";
  return std::string(static_cast<std::size_t>(pinned) > article.sentences.size() ? "it shrank"
                                                                                 : "it grew") +
         " from " + std::to_string(pinned) + " to " + now + " sentences";
}

}  // namespace

void check_pin(const std::string& article_id, const Article& article, const Pin& pin,
               const FactSheet& sheet, Diagnostics& diags) {
  auto digest = sha256_hex(article.text);
  if (digest == pin.sha256) return;
  std::string message = "article '" + article_id + "' (" + article.path +
                        ") changed since it was pinned: its SHA-256 is " + digest.substr(0, 12) +
                        "…, pinned " + pin.sha256.substr(0, 12) + "…; " +
                        sentence_change(article, pin.sentences);
  auto lost = lost_quotes(article_id, article, sheet);
  if (lost.empty())
    message += "; every quote the facts cite is still in it";
  else
    message += "; no longer in it: ";
  for (std::size_t i = 0; i < lost.size(); ++i) message += (i ? "; " : "") + lost[i];
  diags.error(pin.where, message +
                             " (read the article against its source, then run `briefing pin` "
                             "on the brief again to record the copy you reviewed)");
}

}  // namespace briefing::data
