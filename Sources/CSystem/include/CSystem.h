// System interfaces that the Glibc module does not export to Swift.
#pragma once
#include <sys/epoll.h>
#include <sys/eventfd.h>
