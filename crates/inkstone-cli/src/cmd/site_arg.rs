//! Resolving the site a command works on: the argument, or the site around the cwd.
