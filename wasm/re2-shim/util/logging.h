// RE2's util/logging.h for the wasm build: the same macros, without iostreams. RE2 logs through a
// std::ostringstream, and that one use linked libc++'s whole locale machinery (money_get, time_get,
// codecvt, num_put, ... for char and wchar_t) into the module: ~9 KB of its gzipped size for messages
// that nobody reads in a browser. Here LOG() and VLOG() discard what they are given, and a failed
// CHECK() or LOG(FATAL) still aborts. Found first on the include path (wasm/dependencies.cmake), so
// RE2's own "util/logging.h" is never read; RE2's source is untouched.
#ifndef UTIL_LOGGING_H_
#define UTIL_LOGGING_H_

#include <assert.h>
#include <stdlib.h>

#include "util/util.h"

#define DCHECK(condition) assert(condition)
#define DCHECK_EQ(val1, val2) assert((val1) == (val2))
#define DCHECK_NE(val1, val2) assert((val1) != (val2))
#define DCHECK_LE(val1, val2) assert((val1) <= (val2))
#define DCHECK_LT(val1, val2) assert((val1) < (val2))
#define DCHECK_GE(val1, val2) assert((val1) >= (val2))
#define DCHECK_GT(val1, val2) assert((val1) > (val2))

#define CHECK(x) if (x) {} else LogMessageFatal().stream()
#define CHECK_LT(x, y) CHECK((x) < (y))
#define CHECK_GT(x, y) CHECK((x) > (y))
#define CHECK_LE(x, y) CHECK((x) <= (y))
#define CHECK_GE(x, y) CHECK((x) >= (y))
#define CHECK_EQ(x, y) CHECK((x) == (y))
#define CHECK_NE(x, y) CHECK((x) != (y))

#define LOG_INFO LogMessage()
#define LOG_WARNING LogMessage()
#define LOG_ERROR LogMessage()
#define LOG_FATAL LogMessageFatal()
#define LOG_QFATAL LOG_FATAL
#ifdef NDEBUG
#define LOG_DFATAL LOG_ERROR
#else
#define LOG_DFATAL LOG_FATAL
#endif

#define LOG(severity) LOG_##severity.stream()
#define VLOG(x) if ((x) > 0) {} else LOG_INFO.stream()

// Takes anything RE2 writes to a log stream and drops it.
struct LogSink {
  template <typename T>
  LogSink& operator<<(const T&) { return *this; }
};

class LogMessage {
 public:
  LogSink& stream() { return sink_; }

 private:
  LogSink sink_;
};

class LogMessageFatal : public LogMessage {
 public:
  ATTRIBUTE_NORETURN ~LogMessageFatal() { abort(); }
};

#endif  // UTIL_LOGGING_H_
