#include "data/data.hpp"

namespace briefing::data {

Fact point_fact(const Series& series, const Point& point) {
  Fact fact;
  fact.id = series.id + "@" + point.period.iso();
  fact.label = series.label;
  fact.kind = series.kind;
  fact.value = point.value;
  fact.unit = series.unit;
  fact.period = point.period;
  fact.article = point.article;
  fact.quote = point.quote;
  fact.where = point.where;
  fact.verified = point.verified;
  fact.from_sidebar = series.from_sidebar;
  fact.from_caption = series.from_caption;
  return fact;
}

}  // namespace briefing::data
