//! One module per subcommand; each parses nothing itself and delegates to the core.

pub mod check;
pub mod fm;
pub mod list;
pub mod new;
pub mod publish;
pub mod render;
pub mod series;
pub mod site_arg;
