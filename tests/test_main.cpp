// Catch2 entry point for the single peiling test binary.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
