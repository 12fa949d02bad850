//! People ordered by centrality in the meeting graph.
