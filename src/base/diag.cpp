#include "base/diag.hpp"

namespace briefing {

void Diagnostics::error(Location where, std::string message) {
  items_.push_back({Severity::error, std::move(where), std::move(message)});
  ++errors_;
}

void Diagnostics::warn(Location where, std::string message) {
  items_.push_back({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  errors_ += other.errors_;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line);
    if (d.where.col > 0) out += ':' + std::to_string(d.where.col);
  }
  if (!out.empty()) out += ": ";
  out += d.severity == Severity::error ? "error: " : "warning: ";
  out += d.message;
  return out;
}

}  // namespace briefing
