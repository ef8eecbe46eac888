#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "data/extract_output.hpp"
#include "data/facts_io.hpp"

namespace briefing::cli {

int extract_command(const ExtractOptions& options) {
  Diagnostics diags;
  std::vector<data::Candidate> candidates;
  for (const auto& path : options.articles) {
    auto article = data::read_article(path, diags);
    if (!article) continue;
    auto found = data::extract(*article);
    candidates.insert(candidates.end(), found.begin(), found.end());
  }
  // Candidates from only some of the articles would look like a complete list: print none.
  if (diags.has_errors()) {
    print(diags);
    return kInputError;
  }
  if (!options.into.empty()) {
    // Checked once the articles are read, before the facts file is: that one it updates.
    if (std::string why = output_refusal(options.into); !why.empty()) {
      diags.error({options.into, 0, 0}, why);
      print(diags);
      return kUsageError;
    }
    bool written = data::append_candidates(options.into, candidates, diags);
    print(diags);
    if (!written) return kInputError;
    std::fprintf(stderr, "briefing: %zu candidates from %zu articles queued in %s\n",
                 candidates.size(), options.articles.size(), options.into.c_str());
    return 0;
  }
  print(diags);
  std::cout << (options.format == "xml" ? data::candidates_xml(candidates)
                                        : data::candidates_tsv(candidates));
  std::fprintf(stderr, "briefing: %zu candidates from %zu articles\n", candidates.size(),
               options.articles.size());
  return 0;
}

}  // namespace briefing::cli
