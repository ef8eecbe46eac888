#pragma once
// Errors are values: every stage reports problems into a Diagnostics sink with the source
// location of the input that caused them; only the CLI decides how to print them.
#include <string>
#include <vector>

namespace briefing {

struct Location {
  std::string file;  // path as the user gave it (or as resolved from the brief)
  int line = 0;      // 1-based; 0 = the whole file
  int col = 0;       // 1-based, in bytes
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message;
};

class Diagnostics {
 public:
  void error(Location where, std::string message);
  void warn(Location where, std::string message);
  // Adds what another record collected (on another thread, say), in its order.
  void append(const Diagnostics& other);
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
};

// "file:line:col: error: message" (line/col omitted when unknown).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace briefing
