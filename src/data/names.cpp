#include "data/data.hpp"

namespace briefing::data {

std::string_view zone_name(Zone zone) {
  switch (zone) {
    case Zone::body:
      return "body";
    case Zone::caption:
      return "caption";
    case Zone::sidebar:
      return "sidebar";
  }
  return "body";
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::money:
      return "money";
    case Kind::percent:
      return "percent";
    case Kind::count:
      return "count";
    case Kind::ratio:
      return "ratio";
    case Kind::duration:
      return "duration";
    case Kind::ordinal:
      return "ordinal";
    case Kind::date:
      return "date";
  }
  return "count";
}

std::string_view change_name(Change change) {
  switch (change) {
    case Change::none:
      return "";
    case Change::up:
      return "up";
    case Change::down:
      return "down";
  }
  return "";
}

}  // namespace briefing::data
