#define _GNU_SOURCE
#include "CSystem.h"
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

int csystem_epoll_add(int epfd, int fd, uint32_t events, uint64_t tag) {
    struct epoll_event event = { .events = events, .data = { .u64 = tag } };
    return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &event);
}

int csystem_epoll_wait(int epfd, uint64_t *tags, uint32_t *events, int capacity, int timeout_ms) {
    struct epoll_event buffer[256];
    if (capacity > 256) capacity = 256;
    int count = epoll_wait(epfd, buffer, capacity, timeout_ms);
    for (int i = 0; i < count; i++) {
        tags[i] = buffer[i].data.u64;
        events[i] = buffer[i].events;
    }
    return count;
}

int csystem_termination_signalfd(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0) return -1;
    return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

int csystem_read_signal(int fd) {
    struct signalfd_siginfo info;
    ssize_t got = read(fd, &info, sizeof info);
    return got == (ssize_t)sizeof info ? (int)info.ssi_signo : -1;
}

void csystem_ignore_sigpipe(void) {
    signal(SIGPIPE, SIG_IGN);
}

int csystem_set_nodelay(int fd) {
    int one = 1;
    return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int csystem_accept(int listener, struct sockaddr *address, socklen_t *length) {
    return accept4(listener, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}
