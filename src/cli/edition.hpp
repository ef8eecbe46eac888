#pragma once
// The edition of a brief as of a month (`--period YYYY-MM`): what it was possible to write at the
// end of that month. Facts, series points and articles dated after it are left out; undated facts
// stay (a figure that states no period, such as a share "not stated in the source", is taken as
// true in every edition); the edition's date is the month's last day.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "base/period.hpp"
#include "cli/pipeline.hpp"

namespace briefing::cli {

// The brief's date when it states none and SOURCE_DATE_EPOCH is set (reproducible builds): that
// instant's UTC day. The clock is never read. A value that is set but not a decimal count of
// seconds from 1970 to the end of year 9999 is an error whether or not the brief needs it, as
// the reproducible-builds specification asks: false, with the error in `diags`.
bool date_from_environment(parse::BriefSpec& spec, Diagnostics& diags);

// Sets the edition's period (the {period} field) and its date, the period's last day.
void start_edition(parse::BriefSpec& spec, const std::string& period);

// Leaves out the articles dated after the period (by the brief's <article date> or, failing it,
// the date the article's text states). `articles` maps article id -> article.
// Returns the ids of the articles left out.
std::set<std::string> restrict_sources(parse::BriefSpec& spec,
                                       std::map<std::string, data::Article>& articles,
                                       const std::string& period);

// Leaves out the facts and series points dated after the period and those from articles the
// left out (`later`) (one warning names them all, since the brief may still cite one).
// Series left without points are left out too.
void restrict_facts(data::FactSheet& facts, const std::string& facts_file,
                    const std::map<std::string, data::Article>& articles,
                    const std::set<std::string>& later, const std::string& period,
                    Diagnostics& diags);

// Whether a fact or point dated `fact_period` (maybe none) from `article` is dated after
// `month`: its period ends after it ("2025" after 2025-11; an open range "2020/.." counts from
// its start), or its article is dated after it.
bool dated_after(const std::optional<Period>& fact_period, const std::string& article,
                 const std::map<std::string, data::Article>& articles, const Period& month);

// Records in facts.new_in_period what this edition has and the previous month's would not:
// facts and points dated in the period or from an article dated in it. Call it
// after restrict_facts.
void mark_new_in_period(data::FactSheet& facts,
                        const std::map<std::string, data::Article>& articles,
                        const std::string& period);

}  // namespace briefing::cli
