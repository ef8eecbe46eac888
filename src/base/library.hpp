#pragma once
// A shared library opened with dlopen where it is first needed (HarfBuzz's shaper and
// subsetter), so that a run that does not need it never loads it. It stays loaded for the rest of
// the process: unloading GLib, which HarfBuzz brings, is not safe.
#include <dlfcn.h>

namespace briefing {

class Library {
 public:
  explicit Library(const char* file) : handle_(::dlopen(file, RTLD_NOW | RTLD_LOCAL)) {}
  explicit operator bool() const { return handle_ != nullptr; }

  // Sets `function` to the library's symbol `name`; false when it has none.
  template <typename Function>
  bool find(const char* name, Function& function) const {
    function = reinterpret_cast<Function>(::dlsym(handle_, name));
    return function != nullptr;
  }

 private:
  void* handle_;
};

}  // namespace briefing
