// Work on a second thread: results and exceptions come back as from std::async, the thread is
// waited for, and once running it may use every CPU the caller may.
#include "base/parallel.hpp"

#include <pthread.h>
#include <sched.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using briefing::Beside;

TEST_CASE("a task beside returns its result, or its exception, to get()") {
  Beside answer([] { return std::string("forty-two"); });
  CHECK(answer.valid());
  CHECK(answer.get() == "forty-two");

  Beside failing([]() -> int { throw std::runtime_error("no font"); });
  CHECK_THROWS_WITH(failing.get(), "no font");
}

TEST_CASE("a task beside is waited for when its handle goes") {
  std::atomic<int> done{0};
  {
    Beside<void> work([&] { done += 1; });
    Beside<void> later;
    CHECK_FALSE(later.valid());
    later = Beside<void>([&] { done += 2; });
  }
  CHECK(done == 3);
}

TEST_CASE("a task beside may run on every CPU its caller may") {
  cpu_set_t caller;
  REQUIRE(sched_getaffinity(0, sizeof caller, &caller) == 0);
  Beside same([] {
    cpu_set_t mine;
    pthread_getaffinity_np(pthread_self(), sizeof mine, &mine);
    return mine;
  });
  cpu_set_t mine = same.get();
  CHECK(CPU_EQUAL(&mine, &caller));
}
