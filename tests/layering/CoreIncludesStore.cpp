// Must NOT compile: built against aisov_core alone by the test
// LayeringCoreCannotIncludeStore (tests/CMakeLists.txt), which passes only
// when the compiler cannot find the store's header. aisov_store has its own
// include root (src/store/include), so core, render and anything else that
// does not link the store cannot reach it.
#include "aisov/Store.h"
