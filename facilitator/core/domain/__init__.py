"""What a workshop is and what people do with it: the operations, one transaction each, and the rules they keep."""
