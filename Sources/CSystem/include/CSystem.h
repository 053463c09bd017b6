// System interfaces that the Glibc module does not export to Swift, plus a few
// wrappers around structures whose layout Swift should not have to know
// (`struct epoll_event` is packed on x86_64).
#pragma once
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/uio.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>

/// Registers `fd` edge-triggered for `events`, tagged with `tag`; returns 0 or -1 (errno set).
int csystem_epoll_add(int epfd, int fd, uint32_t events, uint64_t tag);

/// Waits like epoll_wait and splits the results into parallel arrays of tags and event masks.
int csystem_epoll_wait(int epfd, uint64_t *tags, uint32_t *events, int capacity, int timeout_ms);

/// Blocks SIGINT and SIGTERM in the calling thread (and threads it creates later)
/// and returns a non-blocking signalfd that reports them, or -1.
int csystem_termination_signalfd(void);

/// Reads one signal from a signalfd; returns the signal number, or -1.
int csystem_read_signal(int fd);

/// Ignores SIGPIPE process-wide, so a peer that vanished costs an EPIPE, not the process.
void csystem_ignore_sigpipe(void);

/// Sets TCP_NODELAY on a connected socket; returns 0 or -1.
int csystem_set_nodelay(int fd);

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC (glibc declares accept4 only under _GNU_SOURCE).
int csystem_accept(int listener, struct sockaddr *address, socklen_t *length);
