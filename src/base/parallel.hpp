#pragma once
// Work handed to a second thread that starts at once. A build's parallel parts are short (the
// second half of the body's layout, painting pages while the fonts are embedded, reading the
// fonts while facts are bound: 1 to 3 ms each). On the benchmark's VM (Linux 6.18, 2 vCPUs) a
// new thread is queued on its parent's CPU and waits there for the parent's time slice to end,
// 3 to 4 ms, while the other CPU idles: measured, two 3 ms tasks took 5.9 ms. A thread that may
// not run on the parent's CPU is started on another at once (0.1 ms), and then may run anywhere.
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <type_traits>
#include <utility>

namespace briefing {

namespace detail {
// Runs `body` on a new thread that starts away from the caller's CPU where there is another.
std::thread start_elsewhere(std::function<void()> body);
}  // namespace detail

// Like std::async(std::launch::async, f): get() waits for the result (or rethrows), and the
// destructor waits for the thread.
template <typename R>
class Beside {
 public:
  Beside() = default;
  template <typename F>
  explicit Beside(F&& f) {
    auto task = std::make_shared<std::packaged_task<R()>>(std::forward<F>(f));
    future_ = task->get_future();
    thread_ = detail::start_elsewhere([task] { (*task)(); });
  }
  Beside(Beside&&) = default;
  Beside& operator=(Beside&& other) {
    wait();
    future_ = std::move(other.future_);
    thread_ = std::move(other.thread_);
    return *this;
  }
  ~Beside() { wait(); }

  bool valid() const { return future_.valid(); }
  R get() {
    wait();
    return future_.get();
  }

 private:
  void wait() {
    if (thread_.joinable()) thread_.join();
  }

  std::future<R> future_;
  std::thread thread_;
};

template <typename F>
Beside(F&&) -> Beside<std::invoke_result_t<std::decay_t<F>>>;

}  // namespace briefing
