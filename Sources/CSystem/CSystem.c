// Intentionally empty: CSystem only re-exports system headers.
