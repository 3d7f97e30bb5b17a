"""Analysis over the knowledge base: queries, statistics, the country network, exports."""
