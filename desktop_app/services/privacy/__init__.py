"""Privacy of the people the office deals with (GDPR Art. 15, 17, 20 as the model): subject
access, anonymising, the retention review and who may be invited."""
