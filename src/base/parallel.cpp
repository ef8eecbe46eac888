#include "base/parallel.hpp"

#include <pthread.h>
#include <sched.h>

#include <atomic>
#include <memory>

namespace briefing::detail {

std::thread start_elsewhere(std::function<void()> body) {
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return std::thread(std::move(body));
  auto placed = std::make_shared<std::atomic<bool>>(false);
  std::thread thread([body = std::move(body), allowed, placed] {
    // Once placed, the thread may move like any other (a batch runs builds side by side).
    while (!placed->load(std::memory_order_acquire)) std::this_thread::yield();
    pthread_setaffinity_np(pthread_self(), sizeof allowed, &allowed);
    body();
  });
  cpu_set_t elsewhere = allowed;
  if (int here = sched_getcpu(); here >= 0) CPU_CLR(here, &elsewhere);
  if (CPU_COUNT(&elsewhere) > 0)
    pthread_setaffinity_np(thread.native_handle(), sizeof elsewhere, &elsewhere);
  placed->store(true, std::memory_order_release);
  return thread;
}

}  // namespace briefing::detail
