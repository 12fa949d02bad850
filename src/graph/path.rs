//! The shortest chains linking two entities.
